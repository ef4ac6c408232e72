import { useDeferredValue, useId, useMemo } from 'react';
import { filterQueue, type QueueFilter } from '../../lib/review/filter-queue';
import { auditHash } from '../../lib/review/hash-route';
import type { QueueData } from '../../lib/review/load-queue';
import { sortQueue, type QueueSort } from '../../lib/review/sort-queue';
import type { Loaded } from '../../lib/review/use-live-load';
import { QueueFilters } from './QueueFilters';
import { QueueRowView } from './QueueRowView';
import { QueueTools, type QueueToolsProps } from './QueueTools';
import { VirtualList } from './VirtualList';

/** Row height of the queue list (px); the CSS lays each row out to fit it. */
export const QUEUE_ROW_HEIGHT = 56;

export interface QueuePageProps {
  queue: Loaded<QueueData>;
  filter: QueueFilter;
  onFilterChange: (filter: QueueFilter) => void;
  sort: QueueSort;
  onSortChange: (sort: QueueSort) => void;
  /** The selected applicant, kept by id so it survives re-sorting, filtering and a visit to the case. */
  selectedId: string | undefined;
  onSelect: (candidateId: string) => void;
  onOpen: (candidateId: string) => void;
  /** Passed to the list: its height before it can be measured (tests). */
  fallbackViewportHeight?: number;
  /** The queue's exports; without them the export buttons are not shown. */
  exports?: QueueToolsProps['exports'];
}

const rowDomId = (prefix: string, candidateId: string) => `${prefix}-${candidateId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** The HR review queue: applicants flagged by recruiters or scored high, filtered, sorted, windowed. */
export function QueuePage(props: QueuePageProps) {
  const { queue, sort } = props;
  const prefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const countId = `${prefix}-count`;
  // Typing in the search box stays responsive with a long queue: the list catches up a moment later.
  const filter = useDeferredValue(props.filter);
  const data = queue.status === 'ready' ? queue.data : undefined;
  const rows = useMemo(() => (data ? sortQueue(filterQueue(data.rows, filter), sort) : []), [data, filter, sort]);
  const indexById = useMemo(() => new Map(rows.map((r, i) => [r.candidateId, i])), [rows]);
  const sources = useMemo(() => [...new Set(data?.rows.flatMap((r) => r.sources) ?? [])], [data]);
  const selectedIndex = props.selectedId === undefined ? -1 : (indexById.get(props.selectedId) ?? -1);

  return (
    <main className="hp-hr__main">
      <h1>HR review queue</h1>
      <p className="hp-muted">
        Applicants a recruiter flagged for review or whose score is high. The signals are evidence for you to weigh, never a
        verdict: every decision here is the reviewer's.
      </p>
      {props.exports === undefined ? (
        <p className="hp-queue__audit-link">
          <a href={auditHash()}>Audit log</a>
        </p>
      ) : (
        <QueueTools rows={rows} signalTitles={data?.signalTitles ?? new Map()} filter={filter} complete={data?.complete === true} exports={props.exports} />
      )}
      <QueueFilters
        filter={props.filter}
        onFilterChange={props.onFilterChange}
        sort={sort}
        onSortChange={props.onSortChange}
        signalTitles={data?.signalTitles ?? new Map()}
        sources={sources}
      />
      {queue.status === 'loading' ? (
        <p role="status">Loading the queue…</p>
      ) : queue.status === 'error' ? (
        <p className="hp-error" role="alert">
          The queue could not be read: {queue.error}
        </p>
      ) : (
        <>
          <p id={countId} className="hp-queue__count" role="status" data-testid="queue-count">
            {rows.length === queue.data.rows.length
              ? `${applicants(rows.length)} to review`
              : `Showing ${rows.length.toLocaleString('en')} of ${applicants(queue.data.rows.length)}`}
            . Arrow keys move, Enter opens the case.
            {queue.data.complete ? null : ' Reading scores and signals…'}
          </p>
          <div className="hp-queue__head" aria-hidden="true">
            <span>Applicant</span>
            <span>Risk</span>
            <span>Hits</span>
            <span>Seen on</span>
            <span>Last seen</span>
            <span>Decision</span>
          </div>
          {rows.length === 0 ? (
            <p className="hp-muted">{queue.data.rows.length === 0 ? 'Nobody is waiting for review.' : 'No applicant matches these filters.'}</p>
          ) : (
            <VirtualList
              count={rows.length}
              rowHeight={QUEUE_ROW_HEIGHT}
              label="Applicants to review"
              describedBy={countId}
              rowId={(i) => rowDomId(prefix, rows[i]?.candidateId ?? String(i))}
              renderRow={(i) => {
                const row = rows[i];
                return row ? <QueueRowView row={row} signalTitles={queue.data.signalTitles} /> : null;
              }}
              selectedIndex={selectedIndex}
              autoFocus={props.selectedId !== undefined}
              onSelect={(i) => {
                const row = rows[i];
                if (row) props.onSelect(row.candidateId);
              }}
              onActivate={(i) => {
                const row = rows[i];
                if (row) props.onOpen(row.candidateId);
              }}
              {...(props.fallbackViewportHeight === undefined ? {} : { fallbackViewportHeight: props.fallbackViewportHeight })}
            />
          )}
        </>
      )}
    </main>
  );
}

/** "1 applicant", "1,000 applicants". */
function applicants(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'applicant' : 'applicants'}`;
}
