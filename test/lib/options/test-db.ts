import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';

let n = 0;

/** A fresh fake-indexeddb database per test, deleted afterwards. */
export function useTestDb(): { readonly db: HireProofDb } {
  const holder: { db: HireProofDb } = { db: undefined as unknown as HireProofDb };
  beforeEach(() => {
    holder.db = openDatabase(`options-test-${n++}-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(async () => {
    holder.db.close();
    await holder.db.delete();
  });
  return holder;
}
