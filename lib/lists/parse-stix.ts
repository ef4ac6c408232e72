import { z } from 'zod';
import { buildImportedList, type ImportedEntry } from './build-list';
import { readJson } from './read-input';
import { count, finishProblems, problemsFromZod, refuse, type ListParseResult } from './result';
import type { ListMetadata } from './schema';
import { parseStixPattern } from './stix-pattern';
import { groupToEntry, observableToEntry, type MappedEntry } from './stix-mapping';

/**
 * STIX 2.1 bundles (https://docs.oasis-open.org/cti/stix/v2.1/os/stix-v2.1-os.html) to a signal list:
 * indicators whose STIX patterns name identifiers, and identifier observables (email-addr, ipv4-addr,
 * ...) placed directly in the bundle. Indicators and objects that cannot become entries are listed
 * in the warnings by id; a bad value inside a usable one refuses the bundle like any bad entry.
 */

const IndicatorSchema = z.looseObject({
  pattern: z.string(),
  pattern_type: z.string().optional(), // absent in STIX 2.0, where every pattern is a STIX pattern
  name: z.string().optional(),
  description: z.string().optional(),
  valid_until: z.string().optional(),
  revoked: z.boolean().optional(),
});
const StixObjectSchema = z.looseObject({
  type: z.string(),
  id: z.string(),
  created: z.string().optional(),
  modified: z.string().optional(),
  created_by_ref: z.string().optional(),
  name: z.string().optional(),
});
export const StixBundleSchema = z.looseObject({
  type: z.literal('bundle'),
  id: z.string().regex(/^bundle--[0-9a-fA-F-]{36}$/, 'expected "bundle--<uuid>"'),
  objects: z.array(StixObjectSchema),
});
// Objects that describe the bundle rather than carry indicators; not worth a warning.
const CONTEXT_TYPES = new Set(['identity', 'marking-definition', 'extension-definition', 'report']);
const UNDATED_TYPES = new Set(['identity', 'marking-definition', 'extension-definition']);
const MAX_LISTED = 50;

export function parseStixBundle(text: string, metadata: Partial<ListMetadata> = {}): ListParseResult {
  const json = readJson(text);
  if (!json.ok) return refuse(json.problems);
  return stixFromJson(json.value, text, metadata);
}

export function stixFromJson(value: unknown, text?: string, metadata: Partial<ListMetadata> = {}): ListParseResult {
  const bundle = StixBundleSchema.safeParse(value);
  if (!bundle.success) return { ok: false, problems: finishProblems(problemsFromZod(bundle.error.issues), text) };
  const { objects } = bundle.data;

  const entries: ImportedEntry[] = [];
  const skipped: string[] = [];
  const ignoredTypes = new Map<string, number>();
  const expiries = new Set<string | undefined>();
  let revoked = 0;
  const push = (mapped: MappedEntry, segments: (string | number)[], extra: { note?: string; source: string }) =>
    entries.push({ entry: { ...mapped, ...extra }, origin: { segments } });

  objects.forEach((object, i) => {
    if (object.type === 'indicator') {
      const read = readIndicator(object);
      if (read === 'revoked') revoked++;
      else if (typeof read === 'string') skipped.push(`${object.id}: ${read}`);
      else {
        for (const m of read.entries) push(m, ['objects', i, 'pattern'], { note: read.note, source: object.id });
        expiries.add(read.validUntil);
      }
      return;
    }
    const observable = observableToEntry(object);
    if (observable === undefined) {
      if (!CONTEXT_TYPES.has(object.type)) ignoredTypes.set(object.type, (ignoredTypes.get(object.type) ?? 0) + 1);
    } else if (typeof observable === 'string') {
      skipped.push(`${object.id}: ${observable}`);
    } else {
      push(observable, ['objects', i], { source: object.id });
    }
  });

  const warnings: string[] = [];
  if (skipped.length > 0) {
    warnings.push(`${count(skipped.length, 'object')} could not become entries and were skipped:`);
    warnings.push(...skipped.slice(0, MAX_LISTED).map((s) => `  ${s}`));
    if (skipped.length > MAX_LISTED) warnings.push(`  … and ${skipped.length - MAX_LISTED} more`);
  }
  if (ignoredTypes.size > 0) {
    const byType = [...ignoredTypes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} (${n})`);
    warnings.push(`objects of types HireProof does not use were skipped: ${byType.join(', ')}`);
  }
  if (revoked > 0) warnings.push(`${count(revoked, 'revoked indicator')} skipped`);
  const [onlyExpiry] = expiries;
  const expires = expiries.size === 1 && onlyExpiry !== undefined ? isoDay(onlyExpiry) : undefined;
  if (expiries.size > 1) warnings.push('indicators have different valid_until times, so the list has no expiry date');

  const derived = bundleMetadata(bundle.data.id, objects, warnings);
  return buildImportedList({ metadata: { ...derived, ...(expires ? { expires } : {}), ...metadata }, entries, warnings, text });
}

/** An indicator's entries, 'revoked', or why it yields none. */
function readIndicator(object: unknown): { entries: MappedEntry[]; note?: string; validUntil?: string } | string {
  const parsed = IndicatorSchema.safeParse(object);
  if (!parsed.success) return `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
  const indicator = parsed.data;
  if (indicator.revoked) return 'revoked';
  if ((indicator.pattern_type ?? 'stix') !== 'stix') return `pattern_type "${indicator.pattern_type}" is not supported`;
  const pattern = parseStixPattern(indicator.pattern);
  if (!pattern.ok) return pattern.reason;
  const entries: MappedEntry[] = [];
  for (const group of pattern.groups) {
    const mapped = groupToEntry(group);
    // All or nothing per indicator: half of an OR is a different indicator from the one published.
    if (typeof mapped === 'string') return mapped;
    entries.push(mapped);
  }
  const note = [indicator.name, indicator.description].map((s) => s?.trim()).filter(Boolean).join(': ') || undefined;
  return { entries, note, validUntil: indicator.valid_until };
}

function bundleMetadata(bundleId: string, objects: readonly z.output<typeof StixObjectSchema>[], warnings: string[]): Partial<ListMetadata> {
  // Dates of the bundle's content: a TLP marking from 2017 says nothing about when this list was made.
  // A bundle of bare observables has no dated content; its identity's dates are the best there is.
  const content = objects.filter((o) => o.created !== undefined && !UNDATED_TYPES.has(o.type));
  const dated = content.length > 0 ? content : objects.filter((o) => o.created !== undefined && o.type === 'identity');
  const created = dated.map((o) => isoDay(o.created ?? '')).filter((d) => d !== undefined).sort()[0];
  const modified = dated.map((o) => isoDay(o.modified ?? o.created ?? '')).filter((d) => d !== undefined).sort().pop();
  // The author is the identity most indicators were created by.
  const refs = new Map<string, number>();
  for (const o of objects) if (o.created_by_ref) refs.set(o.created_by_ref, (refs.get(o.created_by_ref) ?? 0) + 1);
  const authorRef = [...refs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const identities = objects.filter((o) => o.type === 'identity');
  const author = (identities.find((o) => o.id === authorRef) ?? (identities.length === 1 ? identities[0] : undefined))?.name;
  if (author === undefined) warnings.push('the bundle names no identity; author set to "unknown"');
  const reports = objects.filter((o) => o.type === 'report' && o.name);
  const uuid = bundleId.slice('bundle--'.length).toLowerCase();
  return {
    id: `stix-${uuid}`,
    title: reports.length === 1 ? reports[0]?.name : `STIX bundle ${uuid}`,
    author: author ?? 'unknown',
    description: `Imported from STIX bundle ${bundleId}`,
    created,
    modified,
  };
}

/** YYYY-MM-DD (UTC) of a STIX timestamp, or undefined when it is not one. */
function isoDay(timestamp: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp)) return undefined;
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
