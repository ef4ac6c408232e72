import { browser } from 'wxt/browser';
import type { HireProofDb } from '../db/database';
import { loadSettings } from '../settings/settings-store';
import { refreshSubscription, type RefreshResult } from '../subscriptions/refresh-subscription';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Refreshes the configured subscriptions (or only `only`), one pass at a time: an alarm and a
 * "Refresh now" arriving together must not fetch one URL twice or interleave their writes to the
 * per-URL state. Settings are read at run time, so a subscription removed meanwhile is not fetched;
 * with none configured nothing is fetched at all.
 */
export function refreshConfiguredSubscriptions(db: HireProofDb, options: { only?: string } = {}): Promise<RefreshResult[]> {
  const run = queue.then(() => refreshNow(db, options.only));
  queue = run.catch(() => undefined);
  return run;
}

async function refreshNow(db: HireProofDb, only: string | undefined): Promise<RefreshResult[]> {
  const { settings } = await loadSettings();
  const results: RefreshResult[] = [];
  const seen = new Set<string>();
  for (const subscription of settings.subscriptions) {
    if (seen.has(subscription.url) || (only !== undefined && subscription.url !== only)) continue;
    seen.add(subscription.url);
    results.push(
      await refreshSubscription(subscription, {
        db,
        // Called as a plain function: a browser's fetch refuses to run with another `this`.
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        trustedKeys: settings.trustedKeys,
        // async, so an API that throws instead of rejecting still reaches the caller's catch.
        hasHostAccess: async (pattern) => browser.permissions.contains({ origins: [pattern] }),
      }),
    );
  }
  return results;
}
