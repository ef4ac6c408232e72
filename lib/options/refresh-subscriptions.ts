import { RefreshSubscriptionsReplySchema, type SubscriptionRefreshResult } from '../subscriptions/refresh-reply';
import { askBackground } from './ask-background';

/** "Refresh now": the background fetches every configured subscription and says how each went. */
export async function refreshSubscriptionsNow(send?: Parameters<typeof askBackground>[2]): Promise<SubscriptionRefreshResult[]> {
  const reply = await askBackground({ type: 'refresh-subscriptions' }, RefreshSubscriptionsReplySchema, send);
  // askBackground turns `ok: false` into an error, so only the success shape arrives here.
  return reply.ok ? reply.results : [];
}
