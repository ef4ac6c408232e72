import type { QueueRow } from '../../lib/review/queue-row';
import { QUEUE_DECISION_LABELS } from '../../lib/review/decision-history';
import { siteName } from '../../lib/review/source-labels';
import { BAND_LABELS, formatDate, plural } from '../panel-format';

export interface QueueRowViewProps {
  row: QueueRow;
  signalTitles: ReadonlyMap<string, string>;
}

/**
 * One applicant in the queue: the cells line up under the column headings. A screen reader reads
 * the option as one sentence, so each cell carries its words, not only a position under a heading.
 */
export function QueueRowView({ row, signalTitles }: QueueRowViewProps) {
  const hits = row.hits.map((id) => signalTitles.get(id) ?? id);
  return (
    <>
      <span className="hp-queue__cell hp-queue__who">
        <span className="hp-queue__name">{row.displayName}</span>
        <span className="hp-queue__sub">{row.emails[0] ?? (row.names.length > 1 ? `also ${row.names.filter((n) => n !== row.displayName).join(', ')}` : '')}</span>
      </span>
      <span className="hp-queue__cell hp-queue__risk" data-band={row.band ?? 'none'}>
        <span>{row.band === undefined ? (row.pending ? '…' : 'Not assessed') : `${BAND_LABELS[row.band]} ${row.pending ? '…' : Math.round(row.score ?? 0)}`}</span>
        {row.flagged ? (
          <span className="hp-queue__sub" title={row.flagReason}>
            <span aria-hidden="true">⚑ </span>flagged by a recruiter
          </span>
        ) : null}
      </span>
      <span className="hp-queue__cell hp-queue__hits" title={hits.join(', ')}>
        {row.pending ? 'Reading…' : hits.length === 0 ? 'No hits' : `${plural(hits.length, 'hit', 'hits')}: ${hits.join(', ')}`}
      </span>
      <span className="hp-queue__cell hp-queue__sources">{row.sources.length === 0 ? '—' : row.sources.map(siteName).join(', ')}</span>
      <span className="hp-queue__cell hp-queue__seen">
        <span className="hp-visually-hidden">last seen </span>
        {formatDate(row.lastSeenAt)}
      </span>
      <span className="hp-queue__cell hp-queue__decision" data-decision={row.decision}>
        {QUEUE_DECISION_LABELS[row.decision]}
      </span>
    </>
  );
}
