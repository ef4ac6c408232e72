import { MIN_SUMMARY_WORDS, SUMMARY_MATCH_MIN_JACCARD } from '../similarity/summary-fingerprint';
import { defineSignal, type Evidence, type SummaryMatch } from './define-signal';
import { otherApplicantEvidence, REUSE_REFERENCES } from './reuse-evidence';

/** Another applicant, under a different name, whose summary text is a near-duplicate of this one's. */
export default defineSignal({
  id: 'reused-resume-text',
  meta: {
    title: 'Summary text shared with another applicant',
    description:
      `Compares the applicant's summary ("About", bio) with every summary seen before, by the 5-word phrases they share (MinHash; names and numbers set aside, ${MIN_SUMMARY_WORDS} words or more). ` +
      `A near-duplicate (an estimated ${SUMMARY_MATCH_MIN_JACCARD * 100}% or more of phrases in common) under a name that does not agree is reported: one operator running many identities tends to reuse one written profile. ` +
      'Weight 0.35, because agencies and templates also make summaries alike.',
    severity: 'medium',
    status: 'experimental',
    requires: ['summary'],
    weight: 0.35,
    falsePositives: [
      'A recruiting agency, career service or bootcamp writing summaries for several applicants from one template',
      'A resume builder or writing tool producing the same stock paragraph for different people',
      'Classmates or colleagues copying a summary from one another, or from a published example',
      'The same person applying under a changed name (marriage, transition) or a name written in another script',
    ],
    references: [...REUSE_REFERENCES, 'https://doi.org/10.1109/SEQUEN.1997.666900'],
    messages: {
      shared: "{similarity}% alike with {otherName}'s summary on {otherSource}, first seen {otherSeenAt} at {otherPageUrl}",
      more: '{count} more applicants have a near-identical summary',
    },
  },
  evaluate(candidate, ctx) {
    if (candidate.summary === undefined) return { status: 'skip', reason: 'No summary or "About" text on the pages seen' };
    if (!ctx.summaryReuse) return { status: 'skip', reason: 'Summaries were not compared' };
    if (ctx.summaryReuse.compared === 0) {
      return { status: 'skip', reason: `The summary is too short (under ${MIN_SUMMARY_WORDS} words), repetitive or placeholder text to compare` };
    }
    const matches = ctx.summaryReuse.matches;
    if (matches.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: summaryEvidence(matches) };
  },
});

/** Most similar first, then the earliest seen; one template behind many applicants is one finding (the rest are counted). */
function summaryEvidence(matches: readonly SummaryMatch[]): Evidence[] {
  const sorted = [...matches].sort((a, b) => b.similarity - a.similarity || a.otherSeenAt - b.otherSeenAt);
  return otherApplicantEvidence(sorted, 'shared', (m) => ({ similarity: Math.round(m.similarity * 100) }));
}
