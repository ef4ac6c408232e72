import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { HireProofDb } from '../db/database';
import { loadQueue, loadQueueFirstView, type QueueData } from './load-queue';
import type { Loaded } from './use-live-load';

/**
 * The review queue, live. Until `active` nothing is read (a case opened from a link must not wait
 * behind the queue); from then on it stays loaded, so coming back from a case is instant. The quick
 * first view (names, bands, flags, decisions) shows while the full load reads every assessment,
 * which then replaces it and re-runs whenever rows it read change (a recruiter flags someone, HR
 * decides in another tab).
 */
export function useQueue(db: HireProofDb, active: boolean): Loaded<QueueData> {
  const [state, setState] = useState<Loaded<QueueData>>({ status: 'loading' });
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let full = false;
    let subscription: { unsubscribe: () => void } | undefined;
    const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
    void loadQueueFirstView(db)
      .then(
        (data) => {
          if (!stopped && !full) setState({ status: 'ready', data });
        },
        // The full load that follows reports the error, if it is not a passing one.
        () => undefined,
      )
      .finally(() => {
        // After the first view, not beside it: the two would share IndexedDB and both arrive late.
        if (stopped) return;
        subscription = liveQuery(() => loadQueue(db)).subscribe({
          next: (data) => {
            full = true;
            setState({ status: 'ready', data });
          },
          error: (e: unknown) => setState({ status: 'error', error: message(e) }),
        });
      });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [db, active]);
  return state;
}
