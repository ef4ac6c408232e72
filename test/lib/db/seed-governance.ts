import type { CandidateObservation } from '../../../lib/candidate/observation';
import { addPastedEvidence } from '../../../lib/db/added-evidence';
import { recordCaseView } from '../../../lib/db/case-views';
import type { HireProofDb } from '../../../lib/db/database';
import { recordDecision } from '../../../lib/db/decisions';
import { attachLivenessSummary } from '../../../lib/db/liveness';
import { recordObservation } from '../../../lib/db/record-observation';
import { recordPhotoHash } from '../../../lib/db/record-photo-hash';
import { addNote, setFalsePositive, setFlaggedForReview } from '../../../lib/db/recruiter-actions';
import { makeObservation } from '../candidate/make-observation';
import { makeLiveness } from '../signals/make-liveness';
import { ORIGINAL, RENAMED, UNRELATED } from '../similarity/sample-summaries';

/**
 * Applicants for the deletion, retention and export tests, stored the way the background stores
 * them. Jordan and Sam share a phone number, a photo and (renamed) summary text: each one's checks
 * cite the other. Ana shares nothing.
 */

export const DAY = 86_400_000;
export const SHARED_PHOTO = 'f0e1d2c3b4a59687';
export const ANA_PHOTO = '0f1e2d3c4b5a6978';

const page = (name: string, id: string, fields: Partial<CandidateObservation>) =>
  makeObservation({ names: [name], siteCandidateId: id, pageUrl: `https://app.greenhouse.io/people/${id}`, ...fields });

export const JORDAN = page('Jordan Ellis', '1001', {
  emails: ['jordan.ellis@example.com'], phones: ['+1 415 555 0134'], summary: ORIGINAL, photoUrl: 'https://photos.example/jordan.jpg',
});
export const SAM = page('Sam Okafor', '1002', {
  emails: ['sam.okafor@example.org'], phones: ['(415) 555-0134'], location: { raw: 'Oakland, CA', city: 'Oakland', region: 'CA', country: 'US' }, summary: RENAMED, photoUrl: 'https://photos.example/sam.jpg',
});
export const ANA = page('Ana Costa', '1003', { emails: ['ana.costa@example.net'], summary: UNRELATED, photoUrl: 'https://photos.example/ana.jpg' });

/** Records a page (and hashes its photo) at `now`, as the background does; returns the candidate id. */
export async function seen(db: HireProofDb, observation: CandidateObservation, now: number, photoHash?: string): Promise<string> {
  const recorded = await recordObservation(db, { observation, now });
  if (recorded.photoToHash && photoHash) await recordPhotoHash(db, { ...recorded.photoToHash, result: { ok: true, hash: photoHash }, now });
  return recorded.candidateId;
}

/** Everything a case can hold besides its pages, on one candidate: the rows and audit entries a deletion must deal with. */
export async function fillCase(db: HireProofDb, candidateId: string, now: number): Promise<void> {
  await addNote(db, { candidateId, text: 'Asked for ID on the call; shares a phone with Sam Okafor', now });
  await addPastedEvidence(db, { candidateId, text: 'Received from 81.2.69.142 at 10:02 UTC+5:30', now });
  await attachLivenessSummary(db, { candidateId, summary: makeLiveness({ skipped: 'accommodation', startedAt: now, endedAt: now, consentConfirmedAt: now }), now });
  await setFlaggedForReview(db, { candidateId, flagged: true, reason: 'Same phone as Sam Okafor', now });
  await setFalsePositive(db, { candidateId, signalId: 'reused-email', value: true, now });
  await recordDecision(db, { candidateId, state: 'needs-verification', reason: 'Phone shared with Sam Okafor', seenCurrentId: undefined, now });
  await recordCaseView(db, { candidateId, now });
}

/** Jordan (with a full case) and Sam seen at `jordanAt` and `samAt`, Ana at `samAt`. */
export async function seedApplicants(db: HireProofDb, at: { jordan: number; sam: number }): Promise<{ jordan: string; sam: string; ana: string }> {
  const jordan = await seen(db, JORDAN, at.jordan, SHARED_PHOTO);
  await fillCase(db, jordan, at.jordan);
  const sam = await seen(db, SAM, at.sam, SHARED_PHOTO);
  const ana = await seen(db, ANA, at.sam, ANA_PHOTO);
  return { jordan, sam, ana };
}

/** The status of one signal on a candidate's stored assessment. */
export async function signalStatus(db: HireProofDb, candidateId: string, signalId: string): Promise<string | undefined> {
  return (await db.assessments.get(candidateId))?.results.find((r) => r.signalId === signalId)?.status;
}

/** How many rows each candidate table holds for the candidate. */
export async function rowsOf(db: HireProofDb, candidateId: string): Promise<Record<string, number>> {
  const by = (table: 'observations' | 'notes' | 'addedEvidence' | 'livenessSummaries' | 'summaryFingerprints' | 'photoHashes') =>
    db[table].where('candidateId').equals(candidateId).count();
  return {
    candidates: (await db.candidates.get(candidateId)) ? 1 : 0,
    assessments: (await db.assessments.get(candidateId)) ? 1 : 0,
    assessmentHistory: (await db.assessmentHistory.toArray()).filter((r) => r.candidateId === candidateId).length,
    decisions: (await db.decisions.toArray()).filter((r) => r.candidateId === candidateId).length,
    observations: await by('observations'),
    notes: await by('notes'),
    addedEvidence: await by('addedEvidence'),
    livenessSummaries: await by('livenessSummaries'),
    summaryFingerprints: await by('summaryFingerprints'),
    photoHashes: await by('photoHashes'),
    identityKeys: await db.identityKeys.where('candidateIds').equals(candidateId).count(),
    photoBlockEntries: await photoBlockEntriesOf(db, candidateId),
  };
}

/** Entries in the photo block rows that point at one of the candidate's photo rows (by seq), or at rows no longer stored. */
async function photoBlockEntriesOf(db: HireProofDb, candidateId: string): Promise<number> {
  const photos = await db.photoHashes.toArray();
  const seqs = new Set(photos.filter((p) => p.candidateId === candidateId).map((p) => p.seq));
  const stored = new Set(photos.map((p) => p.seq));
  let n = 0;
  for (const block of await db.photoBlocks.toArray()) {
    for (let at = 2; at < block.entries.length; at += 3) if (seqs.has(block.entries[at]) || !stored.has(block.entries[at])) n += 1;
  }
  return n;
}
