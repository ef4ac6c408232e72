import { z } from 'zod';
import { LIST_FORMATS } from '../lists/import-list';
import { LIST_CATEGORIES } from '../lists/schema';
import { TrustedKeySchema } from '../settings/settings-schema';

/**
 * Messages between the options page and its list worker (./list-worker.ts), which parses, diffs,
 * verifies, saves and exports lists off the page's thread. Both sides parse what they receive:
 * the worker's replies decide what the page tells people, and a shape mismatch after an update of
 * one side must show as an error, not as a wrong count.
 */

const count = () => z.number().int().min(0);

const PartDiffSchema = z.object({ added: count(), removed: count(), changed: count(), unchanged: count() });
export const ListDiffSchema = z.object({
  entries: PartDiffSchema,
  filters: PartDiffSchema,
  weightOverrides: PartDiffSchema,
  metadata: z.array(z.string()),
});

export const ListOriginSchema = z.union([
  z.object({ kind: z.enum(['file', 'paste', 'bundled']) }),
  z.object({ kind: z.enum(['url', 'subscription']), url: z.string() }),
]);

export const SignatureStatusSchema = z.union([
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('verified'), keyId: z.string() }),
  z.object({ state: z.literal('failed'), reason: z.enum(['no-signature', 'malformed-signature', 'no-trusted-key', 'invalid']) }),
]);

/** Everything the preview shows about one list that would be stored. */
export const ListPreviewSchema = z.object({
  /** The ImportSource key it came from. */
  source: z.string(),
  file: z.string(),
  format: z.enum(LIST_FORMATS),
  id: z.string(),
  title: z.string(),
  author: z.string(),
  description: z.string().optional(),
  category: z.enum(LIST_CATEGORIES).optional(),
  created: z.string(),
  modified: z.string(),
  expires: z.string().optional(),
  references: z.array(z.string()),
  entryCount: count(),
  filterCount: count(),
  overrideCount: count(),
  /** The first warnings; `warningCount` says how many there were. */
  warnings: z.array(z.string()),
  warningCount: count(),
  signature: SignatureStatusSchema,
  /** The list stored under the same id, which applying would replace. */
  stored: z
    .object({ title: z.string(), enabled: z.boolean(), entryCount: count(), origin: ListOriginSchema })
    .optional(),
  diff: ListDiffSchema.optional(),
});
export type ListPreview = z.infer<typeof ListPreviewSchema>;

export const ListProblemSchema = z.object({
  path: z.string(),
  line: z.number().optional(),
  message: z.string(),
  file: z.string().optional(),
});

const MetadataSchema = z.object({ id: z.string(), title: z.string(), author: z.string(), created: z.string(), modified: z.string() });

export const PrepareSourceSchema = z.object({
  key: z.string(),
  name: z.string().max(2000),
  content: z.union([z.object({ text: z.string() }), z.object({ blob: z.instanceof(Blob) })]),
  format: z.enum(LIST_FORMATS).optional(),
  metadata: MetadataSchema.optional(),
  signature: z.string().max(200).optional(),
  origin: ListOriginSchema,
});
export type PrepareSource = z.infer<typeof PrepareSourceSchema>;

export const ListJobRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prepare'), jobId: z.number(), sources: z.array(PrepareSourceSchema).min(1).max(50), trustedKeys: z.array(TrustedKeySchema) }),
  /** Stores the lists prepared by job `prepared`, all or none. */
  z.object({ type: z.literal('apply'), jobId: z.number(), prepared: z.number(), now: z.number() }),
  z.object({ type: z.literal('discard'), jobId: z.number(), prepared: z.number() }),
  z.object({ type: z.literal('export'), jobId: z.number(), listId: z.string() }),
]);
export type ListJobRequest = z.infer<typeof ListJobRequestSchema>;

export const AppliedListSchema = z.object({ id: z.string(), title: z.string(), entryCount: count() });
export type AppliedList = z.infer<typeof AppliedListSchema>;

export const ListJobReplySchema = z.discriminatedUnion('type', [
  /** What the worker is doing now, in words for the progress line. */
  z.object({ type: z.literal('progress'), jobId: z.number(), stage: z.string() }),
  z.object({ type: z.literal('prepared'), jobId: z.number(), previews: z.array(ListPreviewSchema) }),
  z.object({ type: z.literal('refused'), jobId: z.number(), problems: z.array(ListProblemSchema) }),
  z.object({ type: z.literal('applied'), jobId: z.number(), lists: z.array(AppliedListSchema) }),
  z.object({ type: z.literal('exported'), jobId: z.number(), list: z.instanceof(Blob), signature: z.string().optional() }),
  z.object({ type: z.literal('done'), jobId: z.number() }),
  z.object({ type: z.literal('failed'), jobId: z.number(), error: z.string() }),
]);
export type ListJobReply = z.infer<typeof ListJobReplySchema>;
