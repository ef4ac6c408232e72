import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { setActiveLists } from '../../../lib/lists/active-lists';
import { startListServer, type ListServer } from './list-server';
import { makePublisher, type Publisher } from './signed-list';

export interface SubscriptionFixture {
  /** One local list server per file, its routes and request log cleared before each test. */
  server: ListServer;
  /** The publisher whose key the tests trust ("secops-2026"). */
  publisher: Publisher;
  /** A fresh database per test. */
  db: HireProofDb;
}

/**
 * Registers the hooks every subscription test file needs and returns the object they fill in
 * (before any test runs, so tests may read its fields freely): a fresh fake browser, database and
 * list index per test.
 */
export function useSubscriptionFixture(name: string): SubscriptionFixture {
  // Filled by the hooks below before the first test reads it.
  const fixture = {} as SubscriptionFixture;
  let n = 0;
  beforeAll(async () => {
    fixture.server = await startListServer();
    fixture.publisher = await makePublisher('secops-2026');
  });
  afterAll(() => fixture.server.close());
  beforeEach(() => {
    fakeBrowser.reset();
    fixture.server.clear();
    setActiveLists([], new Map());
    fixture.db = openDatabase(`${name}-${n++}`);
  });
  afterEach(async () => {
    setActiveLists([], new Map());
    fixture.db.close();
    await fixture.db.delete();
  });
  return fixture;
}
