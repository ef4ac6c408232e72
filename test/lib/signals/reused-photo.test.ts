import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { PhotoMatch, SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/reused-photo';
import { listsWith, makeCtx, makeListMatch, makeView } from './make-view';

const photoUrl = 'https://media.licdn.com/dms/image/v2/profile.jpg';
const withPhoto = makeView({ photoUrl });
const match = (fields: Partial<PhotoMatch> = {}): PhotoMatch => ({
  otherCandidateId: 'c-2',
  otherName: 'Sam Okafor',
  otherSource: 'Wellfound',
  otherPageUrl: 'https://wellfound.com/u/sam-okafor',
  otherSeenAt: Date.UTC(2026, 10, 20, 15, 30),
  distance: 4,
  ...fields,
});
const hashed = (matches: PhotoMatch[] = []) => ({ photoReuse: { hashed: 1, matches } });
const listed = makeListMatch({ kind: 'photo-hash', value: 'f0e1d2c3b4a59687', query: 'f0e1d2c3b4a59680', note: 'case 12' });
const sharedEvidence = (m: PhotoMatch) => ({
  messageId: 'shared',
  data: { distance: m.distance, otherName: m.otherName, otherSource: m.otherSource, otherPageUrl: m.otherPageUrl, otherSeenAt: new Date(m.otherSeenAt).toISOString().slice(0, 10) },
});
const listedEvidence = {
  messageId: 'listed',
  data: { value: 'f0e1d2c3b4a59687', listId: 'known-bad', listTitle: 'Known bad identities', note: ' (case 12)', distance: 3 },
};

describe('reused-photo', () => {
  const cases: Array<[string, CandidateView, SignalContext, SignalOutcome]> = [
    ['hit when another applicant has the same photo', withPhoto, makeCtx(hashed([match()])), { status: 'hit', evidence: [sharedEvidence(match())] }],
    ['hit on a listed photo hash, with the distance', withPhoto, makeCtx({ ...hashed(), lists: listsWith([listed]) }), { status: 'hit', evidence: [listedEvidence] }],
    ['list entries first, then applicants nearest first', withPhoto,
      makeCtx({ ...hashed([match({ otherName: 'Far', distance: 8 }), match({ otherName: 'Near', distance: 0 })]), lists: listsWith([listed]) }),
      { status: 'hit', evidence: [listedEvidence, sharedEvidence(match({ otherName: 'Near', distance: 0 })), sharedEvidence(match({ otherName: 'Far', distance: 8 }))] }],
    ['miss when nobody else has it and no list has it', withPhoto, makeCtx({ ...hashed(), lists: listsWith([makeListMatch()]) }), { status: 'miss' }],
    ['skip without a photo', makeView(), makeCtx(hashed([match()])), { status: 'skip', reason: 'No profile photo on the pages seen' }],
    ['skip while the photo is being checked', withPhoto, makeCtx({ photoReuse: { hashed: 0, matches: [] } }), { status: 'skip', reason: 'The profile photo has not been checked yet' }],
    ['skip with the reason the photo could not be read', withPhoto, makeCtx({ photoReuse: { hashed: 0, failed: 'the photo server answered HTTP 403', matches: [] } }),
      { status: 'skip', reason: 'The profile photo could not be read: the photo server answered HTTP 403' }],
    ['skip when the database was not asked', withPhoto, makeCtx(), { status: 'skip', reason: 'The profile photo has not been checked yet' }],
  ];
  it.each(cases)('%s', (_label, view, ctx, expected) => {
    expect(signal.evaluate(view, ctx)).toEqual(expected);
  });

  it('lists ten matches and counts the rest', () => {
    const matches = Array.from({ length: 12 }, (_, i) => match({ otherCandidateId: `c-${i}`, distance: i % 11 }));
    const outcome = signal.evaluate(withPhoto, makeCtx({ ...hashed(matches), lists: listsWith([listed]) }));
    expect(outcome.status === 'hit' && outcome.evidence.map((e) => e.messageId)).toEqual(['listed', ...new Array(9).fill('shared'), 'more']);
    expect(outcome.status === 'hit' && outcome.evidence.at(-1)?.data).toEqual({ count: 3 });
  });
});
