import type { HireProofDb } from '../db/database';
import { mergeCandidates } from '../db/merge-candidates';
import { splitCandidate } from '../db/split-candidate';
import type { MergeCandidatesReply, MergeRequest, SplitCandidateReply, SplitRequest } from '../governance/merge-split-replies';
import { ensureIpGeo } from './load-ip-geo';

/**
 * The review page's merge and split requests, already parsed and known to come from an extension
 * page (handle-page-message.ts). They run here because the candidates they re-check need the lists,
 * policy and IP database the background holds. A refusal or failure becomes a sentence for the
 * reviewer; nothing changed then (each runs in one transaction).
 */
export async function serveMergeSplit(
  db: HireProofDb,
  request: ({ type: 'merge-candidates' } & MergeRequest) | ({ type: 'split-candidate' } & SplitRequest),
  now: number,
): Promise<MergeCandidatesReply | SplitCandidateReply> {
  try {
    // The re-checked candidates may have IP addresses: without the database their IP checks would skip.
    await ensureIpGeo();
    if (request.type === 'merge-candidates') {
      const merged = await mergeCandidates(db, { fromId: request.fromId, intoId: request.intoId, reason: request.reason, actor: 'reviewer', now });
      return { ok: true, intoId: merged.intoId, fromId: merged.fromId, sightings: merged.sightings, reassessed: merged.reassessed.length };
    }
    const { candidateId, observationIds, livenessIds, evidenceIds, noteIds, reason } = request;
    const done = await splitCandidate(db, { candidateId, observationIds, livenessIds, evidenceIds, noteIds, reason, actor: 'reviewer', now });
    return { ok: true, candidateId: done.candidateId, newCandidateId: done.newCandidateId, sightings: done.sightings, reassessed: done.reassessed.length };
  } catch (error) {
    // The page words the outcome ("Nothing was merged: …"); this is the why.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
