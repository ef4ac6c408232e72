import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { CasePage } from '@/components/review/CasePage';
import { QueuePage } from '@/components/review/QueuePage';
import type { HireProofDb } from '@/lib/db/database';
import { NO_FILTER, type QueueFilter } from '@/lib/review/filter-queue';
import { caseHash, queueHash } from '@/lib/review/hash-route';
import { createReviewActions, type ReviewActions } from '@/lib/review/review-actions';
import { DEFAULT_SORT, type QueueSort } from '@/lib/review/sort-queue';
import { useCase } from '@/lib/review/use-case';
import { useHashRoute } from '@/lib/review/use-hash-route';
import { useQueue } from '@/lib/review/use-queue';

/**
 * Wiring only: the database, the hash route and the background, into the queue and case pages.
 * The queue's data, filters and selection live here, above the routes, so coming back from a case
 * finds the list as it was left.
 */
export function App({ db }: { db: HireProofDb }) {
  const { route, navigate } = useHashRoute();
  const actions = useMemo(() => createReviewActions(db, { now: Date.now, send: (m) => browser.runtime.sendMessage(m) }), [db]);
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
            <li><a href="/options.html">Settings and signal lists</a></li>
          </ul>
        </nav>
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
        />
      ) : route.page === 'case' ? (
        <CaseRoute key={route.candidateId} db={db} actions={actions} candidateId={route.candidateId} onOpen={open} />
      ) : (
        <main className="hp-hr__main">
          <h1>Page not found</h1>
          <p><a href={queueHash()}>Go to the review queue</a></p>
        </main>
      )}
    </div>
  );
}

function CaseRoute({ db, actions, candidateId, onOpen }: { db: HireProofDb; actions: ReviewActions; candidateId: string; onOpen: (id: string) => void }) {
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
    />
  );
}
