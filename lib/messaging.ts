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
 * Messages from the extension's own pages (options, review) to the background. Most carry no page
 * data, only "something you hold in memory is stale": the pages write the database themselves.
 * Deleting, exporting, merging and splitting candidates run in the background instead: each
 * re-checks the candidates who shared details with the ones changed, which needs the lists and
 * policy only the background holds (lib/background/serve-case-data.ts, serve-merge-split.ts).
 */
export const ExtensionPageMessageSchema = z.discriminatedUnion('type', [
  /** Lists were imported, replaced, enabled, disabled or deleted: rebuild the index, re-check open candidates. */
  z.object({ type: z.literal('lists-changed') }),
  /** "Refresh now": fetch every configured subscription at once; replies RefreshSubscriptionsReply (lib/subscriptions/refresh-reply.ts). */
  z.object({ type: z.literal('refresh-subscriptions') }),
  /** A review page changed these candidates' data (a decision): rebuild the open panels that show them. */
  z.object({ type: z.literal('candidates-changed'), candidateIds: z.array(z.string().min(1).max(100)).min(1).max(100) }),
  /** The review page: delete this candidate and everything about them; replies DeleteCandidateReply (lib/governance/case-data-replies.ts). */
  z.object({ type: z.literal('delete-candidate'), candidateId: z.string().min(1).max(100) }),
  /** The review page: everything stored about this candidate, for a subject access request; replies ExportCandidateReply. */
  z.object({ type: z.literal('export-candidate'), candidateId: z.string().min(1).max(100) }),
  // Merging and splitting records re-check every candidate linked to them, in the background
  // (lib/background/serve-merge-split.ts). Sizes are bounded here; an empty choice or reason
  // arrives, so the background can say what is missing (lib/db/merge-candidates.ts, split-candidate.ts).
  /** The review page: fold record `fromId` into `intoId` (one person, two records); replies MergeCandidatesReply (lib/governance/merge-split-replies.ts). */
  z.object({ type: z.literal('merge-candidates'), fromId: z.string().min(1).max(100), intoId: z.string().min(1).max(100), reason: z.string().max(4000) }),
  /** The review page: move chosen pages (sighting ids), interview summaries, evidence and notes of a record to a new record; replies SplitCandidateReply. */
  z.object({
    type: z.literal('split-candidate'),
    candidateId: z.string().min(1).max(100),
    // A sighting id is `<source>|<site id or page URL>`, and page URLs run to 2,000 characters.
    observationIds: z.array(z.string().min(1).max(2100)).max(1000),
    livenessIds: z.array(z.string().min(1).max(100)).max(1000),
    evidenceIds: z.array(z.string().min(1).max(100)).max(1000),
    noteIds: z.array(z.string().min(1).max(100)).max(1000),
    reason: z.string().max(4000),
  }),
]);
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessageSchema>;
