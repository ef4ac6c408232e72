import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { AuditLogPage } from '@/components/review/AuditLogPage';
import { CaseDataActions } from '@/components/review/CaseDataActions';
import { CasePage } from '@/components/review/CasePage';
import { MergeSplitSection } from '@/components/review/MergeSplitSection';
import { QueuePage } from '@/components/review/QueuePage';
import { ReviewerNameField } from '@/components/review/ReviewerNameField';
import type { HireProofDb } from '@/lib/db/database';
import { findCandidates } from '@/lib/db/find-candidates';
import { createCaseDataClient, type CaseDataClient } from '@/lib/governance/case-data-client';
import { createMergeSplitClient, type MergeSplitClient } from '@/lib/governance/merge-split-client';
import { downloadFile } from '@/lib/options/download-file';
import type { AuditCursor, AuditFilter } from '@/lib/review/audit-filter';
import { createReviewExports, type ReviewExports } from '@/lib/review/export-actions';
import { NO_FILTER, type QueueFilter } from '@/lib/review/filter-queue';
import { auditHash, caseHash, queueHash } from '@/lib/review/hash-route';
import { loadAuditPage } from '@/lib/review/load-audit-page';
import { createReviewActions, type ReviewActions } from '@/lib/review/review-actions';
import { DEFAULT_SORT, type QueueSort } from '@/lib/review/sort-queue';
import { useCase } from '@/lib/review/use-case';
import { useHashRoute } from '@/lib/review/use-hash-route';
import { useQueue } from '@/lib/review/use-queue';
import { useReviewerName } from '@/lib/review/use-reviewer-name';

/**
 * Wiring only: the database, the hash route and the background, into the queue and case pages.
 * The queue's data, filters and selection live here, above the routes, so coming back from a case
 * finds the list as it was left.
 */
export function App({ db }: { db: HireProofDb }) {
  const { route, navigate } = useHashRoute();
  const actions = useMemo(() => createReviewActions(db, { now: Date.now, send: (m) => browser.runtime.sendMessage(m) }), [db]);
  const [reviewerName, setReviewerName] = useReviewerName();
  // The exports read the name when they run, so they are not rebuilt on every keystroke.
  const nameRef = useRef(reviewerName);
  useEffect(() => {
    nameRef.current = reviewerName;
  }, [reviewerName]);
  const caseData = useMemo(() => createCaseDataClient((m) => browser.runtime.sendMessage(m)), []);
  const mergeSplit = useMemo(() => createMergeSplitClient((m) => browser.runtime.sendMessage(m)), []);
  const exports = useMemo(() => createReviewExports(db, { now: Date.now, download: downloadFile, reviewerName: () => nameRef.current }), [db]);
  const audit = useMemo(
    () => ({
      loadPage: (filter: AuditFilter, after: AuditCursor | undefined) => loadAuditPage(db, filter, after === undefined ? {} : { after }),
      countAll: () => db.auditLog.count(),
    }),
    [db],
  );
  // The queue is read once it is first shown, then kept (a case opened from a link does not wait for it).
  const [queueShown, setQueueShown] = useState(route.page === 'queue');
  useEffect(() => {
    if (route.page === 'queue') setQueueShown(true);
  }, [route.page]);
  const queue = useQueue(db, queueShown);
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [sort, setSort] = useState<QueueSort>(DEFAULT_SORT);
  const [selectedId, setSelectedId] = useState<string>();
  const open = (candidateId: string) => {
    setSelectedId(candidateId);
    navigate(caseHash(candidateId));
  };

  return (
    <div className="hp-panel hp-hr-review">
      <header className="hp-hr__header">
        <p className="hp-hr__brand">HireProof HR review</p>
        <nav aria-label="HireProof pages">
          <ul>
            <li><a href={queueHash()} aria-current={route.page === 'queue' ? 'page' : undefined}>Review queue</a></li>
            <li><a href={auditHash()} aria-current={route.page === 'audit' ? 'page' : undefined}>Audit log</a></li>
            <li><a href="/options.html">Settings and signal lists</a></li>
          </ul>
        </nav>
        <ReviewerNameField name={reviewerName} onChange={setReviewerName} />
      </header>
      {route.page === 'queue' ? (
        <QueuePage
          queue={queue}
          filter={filter}
          onFilterChange={setFilter}
          sort={sort}
          onSortChange={setSort}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onOpen={open}
          exports={exports}
        />
      ) : route.page === 'case' ? (
        <CaseRoute
          key={route.candidateId}
          db={db}
          actions={actions}
          exports={exports}
          caseDataClient={caseData}
          mergeSplit={mergeSplit}
          candidateId={route.candidateId}
          onOpen={open}
          onDeleted={() => navigate(queueHash())}
        />
      ) : route.page === 'audit' ? (
        <AuditLogPage loadPage={audit.loadPage} countAll={audit.countAll} exportLog={exports.auditLog} />
      ) : (
        <main className="hp-hr__main">
          <h1>Page not found</h1>
          <p><a href={queueHash()}>Go to the review queue</a></p>
        </main>
      )}
    </div>
  );
}

function CaseRoute({
  db,
  actions,
  exports,
  caseDataClient,
  mergeSplit,
  candidateId,
  onOpen,
  onDeleted,
}: {
  db: HireProofDb;
  actions: ReviewActions;
  exports: ReviewExports;
  caseDataClient: CaseDataClient;
  mergeSplit: MergeSplitClient;
  candidateId: string;
  onOpen: (id: string) => void;
  onDeleted: () => void;
}) {
  const { caseData, viewLogged } = useCase(db, actions, candidateId);
  const name = caseData.status === 'ready' ? caseData.data?.candidate.displayName : undefined;
  useEffect(() => {
    document.title = name ? `${name}: case, HireProof HR review` : 'HireProof HR review';
    return () => {
      document.title = 'HireProof HR review';
    };
  }, [name]);
  return (
    <CasePage
      caseData={caseData}
      viewLogged={viewLogged}
      onOpenCase={onOpen}
      onDecide={(input) => actions.decide({ candidateId, ...input })}
      onExportReport={exports.caseReport}
      recordTools={(data) => (
        <MergeSplitSection
          candidateId={data.candidate.id}
          candidateName={data.candidate.displayName}
          observations={data.observations}
          liveness={data.liveness}
          evidence={data.evidence}
          notes={data.notes}
          searchCandidates={(query) => findCandidates(db, { query, openCandidateIds: new Set(), limit: 20 })}
          onMerge={mergeSplit.mergeCandidates}
          onSplit={mergeSplit.splitCandidate}
          onOpenCase={onOpen}
        />
      )}
      actions={
        name === undefined ? undefined : (
          <CaseDataActions
            candidateId={candidateId}
            candidateName={name}
            onExport={caseDataClient.exportCandidate}
            onDelete={caseDataClient.deleteCandidate}
            onDeleted={onDeleted}
          />
        )
      }
    />
  );
}
