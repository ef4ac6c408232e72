import type { AuditRecord } from '../../lib/db/records';
import { detailText } from '../../lib/review/audit-export';
import { AUDIT_ACTOR_LABELS, auditActionLabel } from '../../lib/review/audit-labels';
import { caseHash } from '../../lib/review/hash-route';
import { formatDateTime, isoOrUndefined } from '../panel-format';

/** One page of audit entries, newest first. Details can quote page text: rendered as text only. */
export function AuditTable({ rows }: { rows: readonly AuditRecord[] }) {
  return (
    <div className="hp-table-scroll" tabIndex={0} role="region" aria-label="Audit entries, newest first">
      <table className="hp-table hp-audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">By</th>
            <th scope="col">Candidate</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? `${row.at}:${row.action}:${row.candidateId}`} data-action={row.action}>
              <td>
                <time dateTime={isoOrUndefined(row.at)}>{formatDateTime(row.at)}</time>
              </td>
              <td>{auditActionLabel(row.action)}</td>
              <td>{AUDIT_ACTOR_LABELS[row.actor] ?? row.actor}</td>
              <td className="hp-url">
                {row.candidateId === '' ? <span className="hp-muted">Not about one applicant</span> : <a href={caseHash(row.candidateId)}>{row.candidateId}</a>}
              </td>
              <td className="hp-audit-table__detail">{detailText(row.detail) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
