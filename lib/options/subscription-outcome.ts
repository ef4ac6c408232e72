import type { ListRecord } from '../db/records';
import type { SubscriptionState } from '../subscriptions/subscription-state';

export interface RefreshOutcome {
  at: number;
  ok: boolean;
  message: string;
}

/**
 * How a subscription's last refresh went. The subscription's own state has it even when no list
 * ever arrived; otherwise the stored list it delivered remembers its last refresh.
 */
export function subscriptionOutcome(
  url: string,
  lists: readonly ListRecord[],
  states: Readonly<Record<string, SubscriptionState>>,
): RefreshOutcome | undefined {
  const attempt = states[url]?.lastAttempt;
  if (attempt) return attempt;
  const list = lists.find((l) => l.origin.kind === 'subscription' && l.origin.url === url);
  return list?.lastRefresh;
}
