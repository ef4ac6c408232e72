import type { HireProofDb } from '../db/database';
import { deleteCandidate } from '../db/delete-candidate';
import { exportCandidate } from '../db/export-candidate';
import { NOT_STORED, type DeleteCandidateReply, type ExportCandidateReply } from '../governance/case-data-replies';
import { ensureIpGeo } from './load-ip-geo';

/**
 * The review page's data-governance requests, already parsed and known to come from an extension
 * page (handle-page-message.ts). Deletion runs here because the others it re-checks need the lists,
 * policy and IP database the background holds; the export runs here too so both are audited by
 * the same code. Failures become a sentence for the reviewer.
 */
export async function serveCaseData(
  db: HireProofDb,
  request: { type: 'delete-candidate' | 'export-candidate'; candidateId: string },
  now: number,
): Promise<DeleteCandidateReply | ExportCandidateReply> {
  try {
    if (request.type === 'export-candidate') {
      const document = await exportCandidate(db, { candidateId: request.candidateId, actor: 'reviewer', now });
      return document ? { ok: true, document } : { ok: false, error: NOT_STORED };
    }
    // The re-checked candidates may have IP addresses: without the database their IP checks would skip.
    await ensureIpGeo();
    const deleted = await deleteCandidate(db, { candidateId: request.candidateId, actor: 'reviewer', basis: 'manual', now });
    if (!deleted) return { ok: false, error: NOT_STORED };
    return { ok: true, counts: { ...deleted.counts }, reassessed: deleted.reassessed.length };
  } catch (error) {
    return { ok: false, error: `Could not ${request.type === 'export-candidate' ? 'export' : 'delete'} this candidate: ${error instanceof Error ? error.message : String(error)}` };
  }
}
