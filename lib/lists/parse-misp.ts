import { z } from 'zod';
import { canonicalLink } from '../candidate/normalise-link';
import { buildImportedList, type ImportedEntry } from './build-list';
import type { PathSegment } from './json-path';
import type { EntryKind } from './normalise-entry';
import { readJson } from './read-input';
import { count, finishProblems, problemsFromZod, refuse, type ListParseResult } from './result';
import type { ListMetadata, Severity } from './schema';

/**
 * MISP event JSON (https://www.misp-project.org/datamodels/, "Event" with "Attribute" and "Object")
 * to a signal list. Attribute types map to entry kinds by MISP_TYPES; composite types ("ip-dst|port")
 * contribute the parts that are identifiers. Every other type is counted in a warning, never
 * dropped silently. Objects are read for their attributes; the object template does not matter
 * because the attribute type already says what the value is.
 */

type Target = EntryKind | 'ip-or-cidr' | 'profile-url';
/** Attribute type -> kind of each '|'-separated part (undefined: part ignored, e.g. a port). */
export const MISP_TYPES: Readonly<Record<string, readonly (Target | undefined)[]>> = {
  email: ['email'],
  'email-addr': ['email'],
  'email-dst': ['email'],
  'email-reply-to': ['email'],
  'email-src': ['email'],
  domain: ['email-domain'],
  hostname: ['email-domain'],
  'domain|ip': ['email-domain', 'ip-or-cidr'],
  'hostname|port': ['email-domain', undefined],
  'ip-src': ['ip-or-cidr'],
  'ip-dst': ['ip-or-cidr'],
  'ip-src|port': ['ip-or-cidr', undefined],
  'ip-dst|port': ['ip-or-cidr', undefined],
  AS: ['asn'],
  'phone-number': ['phone'],
  'github-username': ['github'],
  'full-name': ['name'],
  url: ['profile-url'],
  link: ['profile-url'],
};

// MISP threat levels: 1 high, 2 medium, 3 low, 4 undefined.
const THREAT_LEVELS: Record<string, Severity> = { '1': 'high', '2': 'medium', '3': 'low' };

const idLike = z.union([z.string(), z.number()]);
const flag = z.union([z.boolean(), z.string(), z.number()]);
const AttributeSchema = z.looseObject({
  type: z.string(),
  value: z.string(),
  comment: z.string().optional(),
  deleted: flag.optional(),
});
const EventSchema = z.looseObject({
  id: idLike.optional(),
  uuid: z.string().optional(),
  info: z.string(),
  date: z.string().optional(),
  timestamp: idLike.optional(),
  threat_level_id: idLike.optional(),
  Orgc: z.looseObject({ name: z.string() }).optional(),
  Org: z.looseObject({ name: z.string() }).optional(),
  Attribute: z.array(AttributeSchema).optional(),
  Object: z.array(z.looseObject({ Attribute: z.array(AttributeSchema).optional(), deleted: flag.optional() })).optional(),
});
export const MispDocumentSchema = z.looseObject({ Event: EventSchema });
type MispEvent = z.output<typeof EventSchema>;
type MispAttribute = z.output<typeof AttributeSchema>;

export function parseMispEvent(text: string, metadata: Partial<ListMetadata> = {}): ListParseResult {
  const json = readJson(text);
  if (!json.ok) return refuse(json.problems);
  return mispFromJson(json.value, text, metadata);
}

export function mispFromJson(value: unknown, text?: string, metadata: Partial<ListMetadata> = {}): ListParseResult {
  const parsed = MispDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: finishProblems(problemsFromZod(parsed.error.issues), text) };
  const event = parsed.data.Event;
  const source = `MISP event ${event.uuid ?? event.id ?? '(no id)'}`;
  const level = String(event.threat_level_id ?? '');
  // hasOwn: the level comes from the file, and "constructor" must not reach Object.prototype.
  const severity = Object.hasOwn(THREAT_LEVELS, level) ? THREAT_LEVELS[level] : undefined;

  const entries: ImportedEntry[] = [];
  const unsupported = new Map<string, number>();
  let deleted = 0;
  const visit = (attribute: MispAttribute, segments: PathSegment[]) => {
    if (isSet(attribute.deleted)) {
      deleted++;
      return;
    }
    const targets = mapAttribute(attribute);
    if (targets === undefined) {
      // A known type yields nothing only for URLs that are not GitHub or LinkedIn profiles.
      const key = Object.hasOwn(MISP_TYPES, attribute.type) ? `${attribute.type} (not a profile link)` : attribute.type;
      unsupported.set(key, (unsupported.get(key) ?? 0) + 1);
      return;
    }
    const note = attribute.comment?.trim() || undefined;
    for (const { kind, value } of targets) {
      entries.push({ entry: { kind, value, note, source, severity }, origin: { segments: [...segments, 'value'] } });
    }
  };
  event.Attribute?.forEach((a, i) => visit(a, ['Event', 'Attribute', i]));
  event.Object?.forEach((o, i) => {
    if (isSet(o.deleted)) deleted += o.Attribute?.length ?? 0;
    else o.Attribute?.forEach((a, j) => visit(a, ['Event', 'Object', i, 'Attribute', j]));
  });

  const warnings: string[] = [];
  if (unsupported.size > 0) {
    const byType = [...unsupported].sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, n]) => `${type} (${n})`);
    const total = [...unsupported.values()].reduce((a, b) => a + b, 0);
    warnings.push(`${count(total, 'attribute')} of types HireProof does not use were skipped: ${byType.join(', ')}`);
  }
  if (deleted > 0) warnings.push(`${count(deleted, 'deleted attribute')} skipped`);
  const derived = eventMetadata(event);
  if (derived.author === undefined && metadata.author === undefined) warnings.push('the event names no organisation; author set to "unknown"');
  return buildImportedList({ metadata: { ...derived, author: derived.author ?? 'unknown', ...metadata }, entries, warnings, text });
}

/** Entries for one attribute, or undefined when its type (or a URL that is no profile) has no kind. */
function mapAttribute(attribute: MispAttribute): { kind: EntryKind; value: string }[] | undefined {
  const targets = Object.hasOwn(MISP_TYPES, attribute.type) ? MISP_TYPES[attribute.type] : undefined;
  if (targets === undefined) return undefined;
  const parts = targets.length > 1 ? attribute.value.split('|') : [attribute.value];
  const out: { kind: EntryKind; value: string }[] = [];
  targets.forEach((target, i) => {
    const part = parts[i] ?? '';
    if (target === 'ip-or-cidr') out.push({ kind: part.includes('/') ? 'cidr' : 'ip', value: part });
    else if (target === 'profile-url') {
      const link = canonicalLink(part);
      if (link?.kind === 'github' || link?.kind === 'linkedin') out.push({ kind: link.kind, value: part });
    } else if (target !== undefined) out.push({ kind: target, value: part });
  });
  return out.length > 0 ? out : undefined;
}

function eventMetadata(event: MispEvent): Partial<ListMetadata> {
  const created = event.date;
  const modified = unixDate(event.timestamp) ?? created;
  return {
    id: event.uuid ? `misp-${event.uuid.toLowerCase()}` : event.id !== undefined ? `misp-event-${event.id}` : undefined,
    title: event.info,
    author: event.Orgc?.name ?? event.Org?.name,
    description: `Imported from MISP event ${[event.id, event.uuid].filter((v) => v !== undefined).join(' / ')}`,
    created,
    // An event edited on the day it was created can carry a timestamp that sorts before its date in UTC.
    modified: created !== undefined && modified !== undefined && modified < created ? created : modified,
  };
}

/** YYYY-MM-DD (UTC) of a Unix timestamp in seconds, as MISP writes them ("1715688000"). */
export function unixDate(value: string | number | undefined): string | undefined {
  const seconds = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** MISP writes flags as true, 1 or "1" depending on version and export path. */
function isSet(value: boolean | string | number | undefined): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}
