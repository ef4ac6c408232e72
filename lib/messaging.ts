import { z } from 'zod';
import { AdapterHealthSchema, CandidateObservationSchema } from './candidate/observation';

/**
 * Messages content scripts send to the background. They travel as JSON and come from a context a
 * hostile page can influence, so the background parses every one with `parseContentMessage` and
 * drops (and counts) whatever does not parse.
 */
export const ObserveMessageSchema = z.object({
  type: z.literal('observe'),
  observation: CandidateObservationSchema,
  health: AdapterHealthSchema,
});

/** The tab left a candidate page (in-page navigation to a feed, search, repo…). */
export const LeftCandidateMessageSchema = z.object({
  type: z.literal('left-candidate'),
  pageUrl: z.url().max(2000),
});

export const ContentMessageSchema = z.discriminatedUnion('type', [ObserveMessageSchema, LeftCandidateMessageSchema]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  const parsed = ContentMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** What the background answers to `observe`. */
export const ObserveReplySchema = z.union([
  z.object({ ok: z.literal(true), candidateId: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ObserveReply = z.infer<typeof ObserveReplySchema>;

/**
 * Per-tab state the background keeps in `storage.session` under `tabStateKey(tabId)`; the panel
 * (in-page or side panel) reads it to know which candidate the tab shows.
 */
export const TabStateSchema = z.object({
  status: z.enum(['ready', 'no-candidate', 'error']),
  candidateId: z.string().optional(),
  pageUrl: z.string().optional(),
  error: z.string().optional(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const TAB_STATE_PREFIX = 'tab:';
export const tabStateKey = (tabId: number): string => `${TAB_STATE_PREFIX}${tabId}`;

/** Diagnostics key in `storage.session`: how many content messages were dropped as invalid. */
export const DROPPED_MESSAGES_KEY = 'diagnostics:droppedMessages';

/** Diagnostics key in `storage.session`: recent durations (ms) from observation received to assessment stored. */
export const OBSERVE_TIMINGS_KEY = 'diagnostics:observeTimings';

/**
 * Messages from the extension's own pages (the options page) to the background. They carry no page
 * data, only "something you hold in memory is stale": the pages write the database themselves.
 */
export const ExtensionPageMessageSchema = z.discriminatedUnion('type', [
  /** Lists were imported, replaced, enabled, disabled or deleted: rebuild the index, re-check open candidates. */
  z.object({ type: z.literal('lists-changed') }),
  /** "Refresh now": fetch every configured subscription at once; replies RefreshSubscriptionsReply (lib/subscriptions/refresh-reply.ts). */
  z.object({ type: z.literal('refresh-subscriptions') }),
  /** A review page changed these candidates' data (a decision): rebuild the open panels that show them. */
  z.object({ type: z.literal('candidates-changed'), candidateIds: z.array(z.string().min(1).max(100)).min(1).max(100) }),
]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessageSchema>;
