import type { DecisionRecord } from '../../lib/db/review-records';
import { decisionHistory } from '../../lib/review/decision-history';
import { formatDateTime, isoOrUndefined } from '../panel-format';

/** Every decision on the case, newest first, each with its reason as the reviewer wrote it. */
export function DecisionHistoryList({ decisions }: { decisions: readonly DecisionRecord[] }) {
  const entries = decisionHistory(decisions);
  if (entries.length === 0) return <p className="hp-muted">No decision yet.</p>;
  return (
    <ol className="hp-decision-history" aria-label="Decision history" data-testid="decision-history">
      {entries.map(({ record, summary, current }) => (
        <li key={record.id} data-state={record.state} data-current={current}>
          <p>
            <strong>{summary}</strong>
            {current ? <span className="hp-badge"> current</span> : null}{' '}
            <time className="hp-muted" dateTime={isoOrUndefined(record.at)}>
              {formatDateTime(record.at)}
            </time>
          </p>
          <p className="hp-decision-history__reason">Reason: {record.reason}</p>
        </li>
      ))}
    </ol>
  );
}
