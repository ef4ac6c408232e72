import { buildExactSet } from './exact-set';
import { buildIpRangeIndex } from './ip-ranges';
import { buildPhonePrefixTrie } from './phone-prefix-trie';
import { buildPhotoHashIndex } from './photo-hashes';
import { toMatch, type IndexEntry, type IndexMatch } from './types';

export type { IndexEntry, IndexMatch } from './types';

/**
 * One index over every enabled list's entries, built once when lists change and asked once per
 * candidate. Each identifier goes to the structure that suits its kind: equality for handles and
 * addresses, parent-domain walk for domains, a digit trie for phone prefixes, segments for IPs,
 * Hamming distance for 64-bit photo hashes.
 */

export interface ListQuery {
  emails?: string[];
  emailDomains?: string[];
  phones?: string[];
  ips?: string[];
  asns?: string[];
  github?: string[];
  linkedin?: string[];
  names?: string[];
  employerDomains?: string[];
  photoHashes?: string[];
}

export interface ListIndex {
  /** Every entry matching any identifier, once per (entry, query), grouped in the order above. */
  match(query: ListQuery): IndexMatch[];
  readonly size: number;
}

export function buildListIndex(entries: readonly IndexEntry[]): ListIndex {
  const exact = buildExactSet(entries);
  const ips = buildIpRangeIndex(entries);
  const prefixes = buildPhonePrefixTrie(entries);
  const photos = buildPhotoHashIndex(entries);

  return {
    match(query) {
      const out: IndexMatch[] = [];
      const seen = new Set<string>();
      const add = (found: readonly IndexMatch[]) => {
        for (const m of found) {
          // Same entry reached twice, e.g. an e-mail's domain also passed in emailDomains.
          const key = `${m.listId}\u0000${m.kind}\u0000${m.value}\u0000${m.query}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push(m);
          }
        }
      };
      const equal = (kind: string, values: readonly string[] | undefined, fold: (v: string) => string) => {
        for (const raw of values ?? []) {
          const value = fold(raw);
          add(exact.lookup(kind, value).map((e) => toMatch(e, value)));
        }
      };

      equal('email', query.emails, lower);
      const domains = [...(query.emails ?? []).map(domainOf), ...(query.emailDomains ?? [])];
      for (const domain of domains) if (domain) add(exact.lookupDomain('email-domain', lower(domain)));
      for (const phone of query.phones ?? []) {
        equal('phone', [phone], same);
        add(prefixes.lookup(phone));
      }
      for (const ip of query.ips ?? []) add(ips.lookup(ip.trim()));
      equal('asn', query.asns, asn);
      equal('github', query.github, lower);
      equal('linkedin', query.linkedin, lower);
      equal('name', query.names, same);
      for (const domain of query.employerDomains ?? []) add(exact.lookupDomain('employer-domain', lower(domain)));
      // Near-duplicates of the photo first (nearest first), then entries of other hash lengths, exactly.
      for (const hash of query.photoHashes ?? []) add(photos.lookup(hash));
      equal('photo-hash', query.photoHashes, same);
      return out;
    },
    size: exact.size + ips.size + prefixes.size,
  };
}

// Queries are folded the way the list parser folds entries, so a stray capital cannot hide a hit.
// Names and photo hashes are left as given: the caller applies the parser's own normaliser.
const same = (v: string) => v;
const lower = (v: string) => v.trim().toLowerCase();
const domainOf = (email: string) => {
  const at = email.lastIndexOf('@');
  return at >= 0 ? email.slice(at + 1) : '';
};
/** 'as13335', 'AS13335' and '13335' all mean 'AS13335'. */
const asn = (v: string) => {
  const t = v.trim().toUpperCase();
  return /^\d+$/.test(t) ? `AS${t}` : t;
};
