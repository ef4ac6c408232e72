import { describe, expect, it } from 'vitest';
import type { CandidateView, CanonicalLink } from '../../../lib/candidate/candidate-view';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/reused-profile-link';
import { makeCtx, makeMatch, makeView } from './make-view';

const linkedin: CanonicalLink = { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' };
const github: CanonicalLink = { kind: 'github', url: 'https://github.com/jordan', handle: 'jordan' };
const portfolio: CanonicalLink = { kind: 'portfolio', url: 'https://jordan.dev' };
const other: CanonicalLink = { kind: 'other', url: 'https://github.com/facebook/react' };
const ghMatch = makeMatch({ keyKind: 'github', keyValue: github.url, otherSeenAt: Date.UTC(2025, 4, 2) });

describe('reused-profile-link', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit on a shared GitHub account', makeView({ links: [github] }), makeCtx({ reuse: [ghMatch] }), {
      status: 'hit',
      evidence: [{
        messageId: 'reused',
        data: {
          keyValue: 'https://github.com/jordan', otherName: 'Sam Okafor', otherSource: 'greenhouse',
          otherPageUrl: 'https://boards.greenhouse.io/acme/applications/42', otherSeenAt: '2025-05-02',
        },
      }],
    }],
    ['hit on a shared LinkedIn profile', makeView({ links: [linkedin] }),
      makeCtx({ reuse: [makeMatch({ keyKind: 'linkedin', keyValue: linkedin.url })] }),
      { status: 'hit', evidence: [expect.objectContaining({ messageId: 'reused' })] }],
    ['hit on a shared portfolio', makeView({ links: [portfolio] }),
      makeCtx({ reuse: [makeMatch({ keyKind: 'portfolio', keyValue: portfolio.url })] }),
      { status: 'hit', evidence: [expect.objectContaining({ messageId: 'reused' })] }],
    ['miss when nobody else has them', makeView({ links: [linkedin, github] }), makeCtx(), { status: 'miss' }],
    ['miss when only the e-mail is reused', makeView({ links: [github] }),
      makeCtx({ reuse: [makeMatch({ keyKind: 'email', keyValue: 'a@b.co' })] }), { status: 'miss' }],
    ['skip with only non-profile links', makeView({ links: [other] }), makeCtx(),
      { status: 'skip', reason: 'No LinkedIn profile, GitHub account or portfolio link on the profile' }],
    ['skip without links', makeView(), makeCtx(),
      { status: 'skip', reason: 'No LinkedIn profile, GitHub account or portfolio link on the profile' }],
  ];
  it.each(cases)('%s', (_label, view, ctx, expected) => {
    expect(signal.evaluate(view, ctx)).toEqual(expected);
  });
});
