import { audit } from '../db/audit';
import type { HireProofDb } from '../db/database';
import type { AuditRecord } from '../db/records';

export type ExportAction = Extract<AuditRecord['action'], 'report-exported' | 'queue-exported' | 'feedback-exported' | 'audit-exported'>;

/**
 * Audits an export before its file is handed over: an export that cannot be logged is not made.
 * `candidateId` is the case exported, or '' for exports that concern no one candidate. Details hold
 * counts and settings, never page text: an export's log entry must not copy what it exported.
 */
export async function recordExport(
  db: HireProofDb,
  entry: { action: ExportAction; candidateId: string; now: number; detail: AuditRecord['detail'] },
): Promise<void> {
  try {
    await db.transaction('rw', db.auditLog, () => audit(db, { at: entry.now, action: entry.action, candidateId: entry.candidateId, actor: 'reviewer', detail: entry.detail }));
  } catch (e) {
    throw new Error(`The export could not be written to the audit log, so no file was made (${e instanceof Error ? e.message : String(e)}).`);
  }
}
