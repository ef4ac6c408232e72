import { z } from 'zod';

/**
 * What the background answers to `{ type: 'refresh-subscriptions' }` (lib/messaging.ts): one result
 * per configured subscription, in settings order. Extension pages parse the reply with this schema.
 */
export const SubscriptionRefreshResultSchema = z.object({
  url: z.string(),
  ok: z.boolean(),
  /** One line, for people: what was stored, or why nothing was. */
  message: z.string(),
});
export type SubscriptionRefreshResult = z.infer<typeof SubscriptionRefreshResultSchema>;

export const RefreshSubscriptionsReplySchema = z.union([
  z.object({ ok: z.literal(true), results: z.array(SubscriptionRefreshResultSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type RefreshSubscriptionsReply = z.infer<typeof RefreshSubscriptionsReplySchema>;
