import type { ReviewExports } from '../../lib/review/export-actions';
import type { QueueFilter } from '../../lib/review/filter-queue';
import { auditHash } from '../../lib/review/hash-route';
import type { QueueRow } from '../../lib/review/queue-row';
import { ExportButton } from './ExportButton';

/** "1 row", "100,000 rows". */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export interface QueueToolsProps {
  /** The rows as shown: filtered and sorted. */
  rows: readonly QueueRow[];
  signalTitles: ReadonlyMap<string, string>;
  /** The filter the rows were chosen by (for the export's audit entry). */
  filter: QueueFilter;
  /** False while the quick first view waits for scores and hits. */
  complete: boolean;
  exports: Pick<ReviewExports, 'queueCsv' | 'feedback'>;
}

/** The queue's exports and the way to the audit log, under its heading. */
export function QueueTools({ rows, signalTitles, filter, complete, exports }: QueueToolsProps) {
  return (
    <div className="hp-queue__tools" role="group" aria-label="Queue exports and audit log">
      <ExportButton
        label="Export CSV"
        unit="rows"
        disabled={!complete || rows.length === 0}
        hint={
          !complete
            ? 'Available once scores and signals are read.'
            : rows.length === 0
              ? 'No applicant is shown.'
              : `The ${count(rows.length, 'applicant', 'applicants')} shown, in this order.`
        }
        onExport={async (onProgress) => {
          const done = await exports.queueCsv({ rows, signalTitles, filter, onProgress });
          return `Saved ${done.fileName} (${count(done.count, 'row', 'rows')}).`;
        }}
      />
      <ExportButton
        label="Export false-positive feedback"
        unit="applicants read"
        hint="For the security team: hits recruiters marked as false positives, with the list entries behind them."
        onExport={async (onProgress) => {
          const done = await exports.feedback({ onProgress });
          const skipped = done.dropped > 0 ? ` ${count(done.dropped, 'mark was', 'marks were')} left out (ids this version cannot write).` : '';
          return `Saved ${done.fileName} (${count(done.count, 'false-positive mark', 'false-positive marks')}).${skipped}`;
        }}
      />
      <p className="hp-queue__audit-link">
        <a href={auditHash()}>Audit log</a>
      </p>
    </div>
  );
}
