import type { HireProofDb } from './database';
import type { AuditAction, AuditRecord } from './records';

/** Appends one audit entry. Call inside the transaction of the change it records. */
export async function audit(
  db: HireProofDb,
  entry: { at: number; action: AuditAction; candidateId: string; actor: AuditRecord['actor']; detail?: AuditRecord['detail'] },
): Promise<void> {
  await db.auditLog.add({ ...entry, detail: entry.detail ?? {} });
}
