import { useEffect, useRef, useState } from 'react';
import { NO_AUDIT_FILTER, type AuditCursor, type AuditFilter } from '../../lib/review/audit-filter';
import type { ReviewExports } from '../../lib/review/export-actions';
import { queueHash } from '../../lib/review/hash-route';
import type { AuditPage } from '../../lib/review/load-audit-page';
import { formatDateTime } from '../panel-format';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportButton } from './ExportButton';

const entries = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`;

export interface AuditLogPageProps {
  /** One page of entries matching `filter`, newest first, starting after `after`. */
  loadPage: (filter: AuditFilter, after: AuditCursor | undefined) => Promise<AuditPage>;
  /** How many entries the log holds in all. */
  countAll: () => Promise<number>;
  exportLog: ReviewExports['auditLog'];
  /** Waits this long (ms) after a change of the filters before reading, so typing an id reads once. */
  settleMs?: number;
}

/** The page shown stays while the next one is read, so the pager buttons keep their place and focus. */
interface PageState {
  loading: boolean;
  page?: AuditPage;
  error?: string;
}

/**
 * The audit log, newest first, a page at a time (the log grows with every view of a case: it is
 * never read whole). Looking at it is not audited; exporting it is.
 */
export function AuditLogPage({ loadPage, countAll, exportLog, settleMs = 200 }: AuditLogPageProps) {
  const [filter, setFilter] = useState<AuditFilter>(NO_AUDIT_FILTER);
  // Where each page shown so far started: the last is the current page, popping goes back to newer ones.
  const [starts, setStarts] = useState<Array<AuditCursor | undefined>>([undefined]);
  const [state, setState] = useState<PageState>({ loading: true });
  const [total, setTotal] = useState<number>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const start = starts[starts.length - 1];

  // Arriving on the page (from the queue's link) puts focus on its heading, where reading starts.
  useEffect(() => {
    headingRef.current?.focus();
    const before = document.title;
    document.title = 'Audit log, HireProof HR review';
    return () => {
      document.title = before;
    };
  }, []);
  useEffect(() => {
    void countAll().then(setTotal, () => undefined);
  }, [countAll]);

  useEffect(() => {
    let current = true;
    setState((before) => ({ ...before, loading: true }));
    const timer = setTimeout(() => {
      loadPage(filter, start).then(
        (page) => current && setState({ loading: false, page }),
        (e: unknown) => current && setState({ loading: false, error: e instanceof Error ? e.message : String(e) }),
      );
    }, settleMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [loadPage, filter, start, settleMs]);

  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    setStarts([undefined]);
  };
  const { page, loading } = state;
  const hasOlder = !loading && page?.next !== undefined;

  return (
    <main className="hp-hr__main hp-audit">
      <p>
        <a href={queueHash()}>← Review queue</a>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        Audit log
      </h1>
      <p className="hp-muted">
        Every action on applicants' data and every export, newest first{total === undefined ? '' : ` (${total.toLocaleString('en')} entries in all)`}. Reading this page is
        not logged; exporting it is.
      </p>
      <AuditFilters filter={filter} onChange={changeFilter} />
      <div className="hp-queue__tools" role="group" aria-label="Export the audit log">
        {(['csv', 'json'] as const).map((format) => (
          <ExportButton
            key={format}
            label={`Export ${format.toUpperCase()}`}
            unit="entries read"
            hint={format === 'csv' ? 'Every entry matching these filters, not only this page.' : undefined}
            onExport={async (onProgress) => {
              const done = await exportLog({ filter, format, onProgress });
              return `Saved ${done.fileName} (${entries(done.count)}).`;
            }}
          />
        ))}
      </div>
      <p role="status" data-testid="audit-page-status">
        {loading
          ? 'Reading the log…'
          : page === undefined
            ? ''
            : page.rows.length === 0
              ? page.searchedBackTo === undefined
                ? 'No entry matches these filters.'
                : `No match in the entries since ${formatDateTime(page.searchedBackTo)} yet.`
              : `Page ${starts.length}: ${entries(page.rows.length)}${page.searchedBackTo === undefined ? '' : `; searched back to ${formatDateTime(page.searchedBackTo)} so far`}.`}
      </p>
      {state.error !== undefined ? (
        <p className="hp-error" role="alert">
          The audit log could not be read: {state.error}
        </p>
      ) : page && page.rows.length > 0 ? (
        <AuditTable rows={page.rows} />
      ) : null}
      <nav className="hp-audit__pager" aria-label="Audit log pages">
        {/* aria-disabled, not disabled: the button keeps the focus when it reaches the first or last page. */}
        <button
          type="button"
          className="hp-button hp-button--secondary"
          aria-disabled={loading || starts.length === 1}
          onClick={() => {
            if (!loading && starts.length > 1) setStarts(starts.slice(0, -1));
          }}
        >
          Newer entries
        </button>
        <button
          type="button"
          className="hp-button hp-button--secondary"
          aria-disabled={!hasOlder}
          onClick={() => {
            if (hasOlder && page?.next) setStarts([...starts, page.next]);
          }}
        >
          {page?.searchedBackTo === undefined ? 'Older entries' : 'Search older entries'}
        </button>
      </nav>
    </main>
  );
}
