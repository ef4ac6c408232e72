import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';

let opened = 0;

/**
 * Gives each test of the calling file its own empty database (fake-indexeddb), named after `prefix`,
 * through `use`, and closes and deletes it after the test.
 */
export function useFreshDatabase(prefix: string, use: (db: HireProofDb) => void): void {
  let db: HireProofDb | undefined;
  beforeEach(async () => {
    db = openDatabase(`${prefix}-${opened++}`);
    await db.open();
    use(db);
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });
}
