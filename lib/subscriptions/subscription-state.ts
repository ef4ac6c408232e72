import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * What the extension remembers per subscription URL, in `storage.local` under STATE_KEY:
 * the HTTP validators of the last list it accepted, and how the last attempt went.
 *
 * Kept here rather than on the stored list (ListRecord) because a subscription that never
 * succeeded has no list to hang its error on, the validators belong to the URL rather than to
 * whichever list id it served, and this needs no database schema change. The options page reads it
 * with loadSubscriptionStates() to show each subscription's status.
 */

export const STATE_KEY = 'hireproof-subscription-state';

const OutcomeSchema = z.object({ at: z.number(), ok: z.boolean(), message: z.string().max(2000) });
export type RefreshOutcome = z.infer<typeof OutcomeSchema>;

export const SubscriptionStateSchema = z.object({
  /** Validators from the response whose list is stored now; sent back as If-None-Match / If-Modified-Since. */
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  lastAttempt: OutcomeSchema.optional(),
  /** When a list was last accepted or confirmed unchanged. */
  lastSuccessAt: z.number().optional(),
});
export type SubscriptionState = z.infer<typeof SubscriptionStateSchema>;

/** Every URL's state; an entry that no longer parses is dropped rather than failing them all. */
export async function loadSubscriptionStates(): Promise<Record<string, SubscriptionState>> {
  const raw: unknown = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
  const out: Record<string, SubscriptionState> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [url, value] of Object.entries(raw)) {
    const parsed = SubscriptionStateSchema.safeParse(value);
    if (parsed.success) out[url] = parsed.data;
  }
  return out;
}

export async function loadSubscriptionState(url: string): Promise<SubscriptionState> {
  return (await loadSubscriptionStates())[url] ?? {};
}

/** Replaces one URL's state. Callers serialise refreshes, so read-modify-write of the one key is safe. */
export async function saveSubscriptionState(url: string, state: SubscriptionState): Promise<void> {
  const all = await loadSubscriptionStates();
  await browser.storage.local.set({ [STATE_KEY]: { ...all, [url]: state } });
}

/** Forgets URLs no longer configured, so a removed subscription leaves no validators or errors behind. */
export async function pruneSubscriptionStates(keep: readonly string[]): Promise<void> {
  const all = await loadSubscriptionStates();
  const kept = Object.fromEntries(Object.entries(all).filter(([url]) => keep.includes(url)));
  if (Object.keys(kept).length !== Object.keys(all).length) await browser.storage.local.set({ [STATE_KEY]: kept });
}
