import { z } from 'zod';
import { ENTRY_KINDS, MAX_VALUE_LENGTH, normaliseEntryValue, type EntryKind } from './normalise-entry';

/**
 * The native signal list format, version 1 (documented in ./FORMAT.md, published as
 * ./signal-list.schema.json). Objects are strict: security teams edit these files by hand, and a
 * misspelt key silently ignored would be a filter or an expiry date that never applies.
 * Entry and filter values come out normalised (./normalise-entry.ts), so parsed lists compare and
 * deduplicate as plain strings.
 */

export { ENTRY_KINDS, type EntryKind } from './normalise-entry';

export const LIST_FORMAT = 'hireproof-signal-list';
export const LIST_VERSION = 1;
// Bounds a single import; the limit is checked before validation so a huge list fails fast.
export const MAX_ENTRIES = 2_000_000;
export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/**
 * What a list's network entries mean. `vpn-hosting` lists name VPN exits and hosting networks: an
 * address there says where the traffic came out, not who the person is, so those matches feed the
 * vpn-or-hosting-ip signal instead of ip-on-list. Absent means `fraud-indicators`.
 */
export const LIST_CATEGORIES = ['fraud-indicators', 'vpn-hosting'] as const;
export type ListCategory = (typeof LIST_CATEGORIES)[number];

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
// A custom message replaces zod's "received undefined", which problemsFromZod turns into "missing".
const required = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'missing required field' : message);
const isoDate = () => z.iso.date({ error: required('expected a date as YYYY-MM-DD') });
// Lower-case words joined by '-' or '.': kebab-case names and UUIDs both fit, nothing that needs escaping in a URL or file name.
export const LIST_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
export const SIGNAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const signalId = () => z.string().max(100).regex(SIGNAL_ID, 'expected a signal id in kebab-case');

const DATE_KEYS = new Set(['created', 'modified', 'expires']);
const kindSchema = z.enum(ENTRY_KINDS);
const valueSchema = z.string().max(MAX_VALUE_LENGTH);

/** Replaces `value` with its canonical spelling, or reports why it has none at `<path>.value`. */
function normaliseValue<T extends { kind: EntryKind; value: string }>(item: T, ctx: z.RefinementCtx): T {
  const result = normaliseEntryValue(item.kind, item.value);
  if (result.ok) return { ...item, value: result.value };
  ctx.issues.push({ code: 'custom', message: result.message, input: item.value, path: ['value'] });
  return z.NEVER;
}

export const ListEntrySchema = z
  .strictObject({
    kind: kindSchema,
    value: valueSchema,
    note: text(2000).optional().describe('Why the value is listed; shown as evidence when it matches.'),
    source: text(500).optional().describe('Where it came from: a case number, a feed, a MISP event or STIX object id.'),
    severity: z.enum(SEVERITIES).optional(),
  })
  .describe('One identifier. The value is normalised on import (see FORMAT.md) and compared exactly.')
  .transform(normaliseValue);
export type ListEntry = z.output<typeof ListEntrySchema>;

const MatchSchema = z.strictObject({ kind: kindSchema, value: valueSchema }).transform(normaliseValue);

export const ListFilterSchema = z
  .strictObject({
    signalId: signalId(),
    match: MatchSchema,
    reason: text(1000),
  })
  .describe('Suppress signal `signalId` for candidates matching `match`, for the stated reason.');
export type ListFilter = z.output<typeof ListFilterSchema>;

export const WeightOverrideSchema = z
  .strictObject({
    signalId: signalId(),
    weight: z.number().min(0).max(1),
    reason: text(1000),
  })
  .describe("Replace a signal's weight (0 to 1) in the risk score, with the reason.");
export type WeightOverride = z.output<typeof WeightOverrideSchema>;

export const SignalListSchema = z
  .strictObject({
    format: z.literal(LIST_FORMAT, { error: required(`expected "format": "${LIST_FORMAT}"`) }),
    version: z.literal(LIST_VERSION, { error: required(`unsupported version; this extension reads version ${LIST_VERSION}`) }),
    id: z.string().max(100).regex(LIST_ID, 'expected a lower-case id of letters, digits, "-" and "." (a UUID fits)'),
    title: text(200),
    author: text(200),
    description: text(10_000).optional(),
    category: z.enum(LIST_CATEGORIES).optional().describe('fraud-indicators (the default) or vpn-hosting; see FORMAT.md.'),
    created: isoDate(),
    modified: isoDate(),
    expires: isoDate().optional().describe('Last day (UTC) the list is meant to be used.'),
    references: z.array(z.url({ protocol: /^https?$/, error: required('expected an http(s) URL') })).max(100),
    entries: z.array(ListEntrySchema).max(MAX_ENTRIES),
    filters: z.array(ListFilterSchema).max(10_000),
    weightOverrides: z
      .array(WeightOverrideSchema)
      .max(1000)
      .superRefine((overrides, ctx) => {
        // Two weights for one signal cannot both apply; which one wins must not depend on order.
        // Runs even when another override is malformed (`when`), so every problem is listed at once.
        const seen = new Map<string, number>();
        overrides.forEach((o, i) => {
          const first = typeof o?.signalId === 'string' ? seen.get(o.signalId) : undefined;
          if (typeof o?.signalId !== 'string') return;
          if (first === undefined) seen.set(o.signalId, i);
          else ctx.addIssue({ code: 'custom', message: `second override for "${o.signalId}" (first at weightOverrides[${first}])`, path: [i, 'signalId'] });
        });
      }, { when: () => true }),
  })
  .superRefine(
    (list, ctx) => {
      // ISO dates compare correctly as strings.
      if (list.modified < list.created) ctx.addIssue({ code: 'custom', message: 'modified is before created', path: ['modified'] });
      if (list.expires !== undefined && list.expires < list.created) {
        ctx.addIssue({ code: 'custom', message: 'expires is before created', path: ['expires'] });
      }
    },
    // Also when entries have problems, so they are all reported together; not when a date itself is bad.
    { when: (payload) => payload.issues.every((i) => !DATE_KEYS.has(String(i.path?.[0]))) },
  )
  .meta({
    title: 'HireProof signal list',
    description: 'A security team\'s list of identifiers, filters and weight overrides (format version 1). See lib/lists/FORMAT.md.',
  });
export type SignalList = z.output<typeof SignalListSchema>;

/** The descriptive fields an importer of a foreign format (CSV, MISP, STIX) fills in. */
export type ListMetadata = Pick<SignalList, 'id' | 'title' | 'author' | 'created' | 'modified'> &
  Partial<Pick<SignalList, 'description' | 'expires' | 'references'>>;

/** The keys allowed in the object at `segments` of a native list, for "did you mean" hints on typos. */
export function knownKeysAt(segments: readonly (string | number)[]): readonly string[] {
  const [top, index, inner] = segments;
  if (segments.length === 0) return Object.keys(SignalListSchema.shape);
  if (typeof index !== 'number') return [];
  if (top === 'entries' && segments.length === 2) return Object.keys(ListEntrySchema.in.shape);
  if (top === 'filters' && segments.length === 2) return Object.keys(ListFilterSchema.shape);
  if (top === 'filters' && inner === 'match' && segments.length === 3) return Object.keys(MatchSchema.in.shape);
  if (top === 'weightOverrides' && segments.length === 2) return Object.keys(WeightOverrideSchema.shape);
  return [];
}
