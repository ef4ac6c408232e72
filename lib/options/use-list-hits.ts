import { useEffect, useState } from 'react';
import type { HireProofDb } from '../db/database';
import type { ListRecord } from '../db/records';
import { createListHitCounter, type ListHits } from './list-hits';

/**
 * Hits per list, counted from the stored assessments whenever the set of lists changes or `recount`
 * does (after the background re-checked the open candidates). Streams the assessments with a
 * cursor so a large database is never held in memory at once.
 * Undefined while counting the first time; an Error when counting failed.
 */
export function useListHits(db: HireProofDb, lists: readonly ListRecord[] | undefined, recount: number): Map<string, ListHits> | Error | undefined {
  const [hits, setHits] = useState<Map<string, ListHits> | Error>();
  // Recount only when lists come or go or change title, not when one is switched on or off.
  const key = lists?.map((l) => `${l.id}\u0000${l.title}`).join('\u0001');

  useEffect(() => {
    if (lists === undefined) return;
    let current = true;
    const counter = createListHitCounter(lists);
    db.assessments
      .each((assessment) => counter.add(assessment))
      .then(
        () => current && setHits(counter.result()),
        (error: unknown) => current && setHits(error instanceof Error ? error : new Error(String(error))),
      );
    return () => {
      current = false;
    };
    // `key` stands for `lists` (see above), so a toggle does not restart the scan.
  }, [db, key, recount]);

  return hits;
}
