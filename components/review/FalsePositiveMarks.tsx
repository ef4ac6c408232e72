import type { AuditRecord } from '../../lib/db/records';
import { formatDateTime, isoOrUndefined } from '../panel-format';

export interface FalsePositiveMarksProps {
  signalIds: readonly string[];
  audit: readonly AuditRecord[];
  signalTitles: ReadonlyMap<string, string>;
}

/** Hits a recruiter marked as false positives: still shown with the signals, no longer counted. */
export function FalsePositiveMarks({ signalIds, audit, signalTitles }: FalsePositiveMarksProps) {
  if (signalIds.length === 0) return <p className="hp-muted">No hit is marked as a false positive.</p>;
  const markedAt = new Map<string, number>();
  for (const entry of audit) {
    const id = entry.detail.signalId;
    if (entry.action === 'false-positive-set' && typeof id === 'string') markedAt.set(id, Math.max(entry.at, markedAt.get(id) ?? 0));
  }
  return (
    <ul aria-label="False-positive marks">
      {signalIds.map((id) => {
        const at = markedAt.get(id);
        return (
          <li key={id}>
            {signalTitles.get(id) ?? id}
            {at !== undefined ? (
              <>
                {' '}
                <span className="hp-muted">
                  marked <time dateTime={isoOrUndefined(at)}>{formatDateTime(at)}</time>
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
