import type { AssessmentHistoryRecord } from '../../lib/db/review-records';
import { BAND_LABELS, formatDateTime, isoOrUndefined } from '../panel-format';

export interface AssessmentHistoryTableProps {
  history: readonly AssessmentHistoryRecord[];
  signalTitles: ReadonlyMap<string, string>;
}

/** How the score, band and counted hits changed over time, newest first, with what came and went. */
export function AssessmentHistoryTable({ history, signalTitles }: AssessmentHistoryTableProps) {
  if (history.length === 0) {
    return <p className="hp-muted">No changes recorded yet: history starts with the applicant's next check.</p>;
  }
  const title = (id: string) => signalTitles.get(id) ?? id;
  const ordered = [...history].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  const rows = ordered.map((row, i) => {
    const before = ordered[i - 1];
    return {
      row,
      added: row.hits.filter((h) => !before?.hits.includes(h)),
      removed: before ? before.hits.filter((h) => !row.hits.includes(h)) : [],
    };
  });
  return (
    <div className="hp-table-scroll" tabIndex={0} role="region" aria-label="Score changes, newest first">
      <table className="hp-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Score</th>
            <th scope="col">Band</th>
            <th scope="col">Hits that came</th>
            <th scope="col">Hits that went</th>
          </tr>
        </thead>
        <tbody>
          {rows.reverse().map(({ row, added, removed }) => (
            <tr key={row.id ?? row.at}>
              <td>
                <time dateTime={isoOrUndefined(row.at)}>{formatDateTime(row.at)}</time>
              </td>
              <td>{Math.round(row.score)}/100</td>
              <td>{BAND_LABELS[row.band]}</td>
              <td>{added.length === 0 ? '—' : added.map(title).join(', ')}</td>
              <td>{removed.length === 0 ? '—' : removed.map(title).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
