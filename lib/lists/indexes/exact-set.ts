import { toMatch, type IndexEntry, type IndexMatch } from './types';

/**
 * Value -> entries, per kind, for the kinds that match by equality. A Map per kind keeps a GitHub
 * handle from matching a name that happens to be spelled the same.
 */

export const EXACT_KINDS = [
  'asn',
  'email',
  'email-domain',
  'employer-domain',
  'github',
  'linkedin',
  'name',
  'phone',
  'photo-hash',
] as const;
export type ExactKind = (typeof EXACT_KINDS)[number];

const EXACT = new Set<string>(EXACT_KINDS);
export const isExactKind = (kind: string): kind is ExactKind => EXACT.has(kind);

export interface ExactSet {
  /** Entries whose value equals `value` exactly; empty when none. */
  lookup(kind: string, value: string): readonly IndexEntry[];
  /** Entries of `kind` on `domain` or any parent domain (mail.evil.example hits evil.example). */
  lookupDomain(kind: string, domain: string): IndexMatch[];
  readonly size: number;
}

const NONE: readonly IndexEntry[] = Object.freeze([]);

export function buildExactSet(entries: Iterable<IndexEntry>): ExactSet {
  const byKind = new Map<string, Map<string, IndexEntry[]>>();
  let size = 0;
  for (const entry of entries) {
    if (!isExactKind(entry.kind)) continue;
    let values = byKind.get(entry.kind);
    if (!values) byKind.set(entry.kind, (values = new Map()));
    const same = values.get(entry.value);
    if (same) same.push(entry);
    else values.set(entry.value, [entry]);
    size++;
  }
  const lookup = (kind: string, value: string) => byKind.get(kind)?.get(value) ?? NONE;
  return {
    lookup,
    lookupDomain(kind, domain) {
      const values = byKind.get(kind);
      if (!values) return [];
      return parentDomains(domain).flatMap((d) => (values.get(d) ?? NONE).map((e) => toMatch(e, domain)));
    },
    size,
  };
}

/**
 * The domain and each parent, most specific first: 'mail.evil.example' -> ['mail.evil.example',
 * 'evil.example', 'example']. The bare TLD is kept: a list that names a whole TLD means it.
 * A trailing root dot and empty labels are dropped so 'evil.example.' cannot dodge a match.
 */
export function parentDomains(domain: string): string[] {
  const labels = domain.split('.').filter((l) => l !== '');
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) out.push(labels.slice(i).join('.'));
  return out;
}
