import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome, SummaryMatch } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/reused-resume-text';
import { makeCtx, makeView } from './make-view';

const summary = 'Backend engineer with eight years of payments experience …';
const match = (fields: Partial<SummaryMatch> = {}): SummaryMatch => ({
  otherCandidateId: 'c-2',
  otherName: 'Sam Okafor',
  otherSource: 'LinkedIn',
  otherPageUrl: 'https://www.linkedin.com/in/sam-okafor',
  otherSeenAt: Date.UTC(2026, 10, 20, 15, 30),
  similarity: 0.8594,
  ...fields,
});
const shared = (fields: Partial<SummaryMatch> = {}) => {
  const m = match(fields);
  return {
    messageId: 'shared',
    data: { similarity: Math.round(m.similarity * 100), otherName: m.otherName, otherSource: m.otherSource, otherPageUrl: m.otherPageUrl, otherSeenAt: new Date(m.otherSeenAt).toISOString().slice(0, 10) },
  };
};

describe('reused-resume-text', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit when another applicant has a near-identical summary', makeView({ summary }), makeCtx({ summaryReuse: { compared: 1, matches: [match()] } }), {
      status: 'hit',
      evidence: [{ messageId: 'shared', data: { similarity: 86, otherName: 'Sam Okafor', otherSource: 'LinkedIn', otherPageUrl: 'https://www.linkedin.com/in/sam-okafor', otherSeenAt: '2026-11-20' } }],
    }],
    ['most similar first, then the earliest seen', makeView({ summary }), makeCtx({
      summaryReuse: { compared: 2, matches: [match({ otherName: 'B', similarity: 0.7 }), match({ otherName: 'A', similarity: 0.95 }), match({ otherName: 'C', similarity: 0.7, otherSeenAt: Date.UTC(2026, 0, 1) })] },
    }), { status: 'hit', evidence: [shared({ otherName: 'A', similarity: 0.95 }), shared({ otherName: 'C', similarity: 0.7, otherSeenAt: Date.UTC(2026, 0, 1) }), shared({ otherName: 'B', similarity: 0.7 })] }],
    ['miss when nobody else has it', makeView({ summary }), makeCtx({ summaryReuse: { compared: 1, matches: [] } }), { status: 'miss' }],
    ['skip without a summary', makeView(), makeCtx({ summaryReuse: { compared: 0, matches: [] } }),
      { status: 'skip', reason: 'No summary or "About" text on the pages seen' }],
    ['skip when the summary was too short to compare', makeView({ summary: 'Engineer.' }), makeCtx({ summaryReuse: { compared: 0, matches: [] } }),
      { status: 'skip', reason: 'The summary is too short (under 40 words), repetitive or placeholder text to compare' }],
    ['skip when the database was not asked', makeView({ summary }), makeCtx(), { status: 'skip', reason: 'Summaries were not compared' }],
  ];
  it.each(cases)('%s', (_label, view, ctx, expected) => {
    expect(signal.evaluate(view, ctx)).toEqual(expected);
  });

  it('lists the ten most similar and counts the rest', () => {
    const matches = Array.from({ length: 13 }, (_, i) => match({ otherCandidateId: `c-${i}`, similarity: 0.6 + i / 100 }));
    const outcome = signal.evaluate(makeView({ summary }), makeCtx({ summaryReuse: { compared: 1, matches } }));
    expect(outcome.status === 'hit' && outcome.evidence.map((e) => e.data['similarity'] ?? `+${e.data['count']}`)).toEqual([72, 71, 70, 69, 68, 67, 66, 65, 64, 63, '+3']);
  });
});
