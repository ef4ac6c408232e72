import { canonicalLink } from '../candidate/normalise-link';
import type { EntryKind } from './normalise-entry';
import type { Comparison } from './stix-pattern';

/**
 * STIX cyber-observable properties -> entry kinds. Values are passed on as written; the list schema
 * normalises and checks them, so a bad address is refused with the object it came from.
 */

export interface MappedEntry {
  kind: EntryKind;
  value: string;
}

/** object-type:property -> kind, for comparisons that stand alone in an AND group. */
const SINGLE: Record<string, EntryKind | 'ip-or-cidr'> = {
  'email-addr:value': 'email',
  'email-message:from_ref.value': 'email',
  'email-message:sender_ref.value': 'email',
  'ipv4-addr:value': 'ip-or-cidr',
  'ipv6-addr:value': 'ip-or-cidr',
  'domain-name:value': 'email-domain',
  'autonomous-system:number': 'asn',
};
const PLATFORMS = new Set(['github', 'linkedin']);

/** One AND group of a pattern as one entry, or why it cannot be one. */
export function groupToEntry(group: readonly Comparison[]): MappedEntry | string {
  const [only] = group;
  if (group.length === 1 && only !== undefined) {
    const key = `${only.objectType}:${only.property}`;
    const target = SINGLE[key];
    const value = String(only.value);
    if (only.operator === 'ISSUBSET' && target !== 'ip-or-cidr') return `ISSUBSET on ${key} is not supported`;
    if (target === 'ip-or-cidr') return { kind: value.includes('/') ? 'cidr' : 'ip', value };
    if (target === 'asn' || (target !== undefined && typeof only.value === 'string')) return { kind: target, value };
    if (target !== undefined) return `${key} must be compared with a string`;
  }
  if (group.every((c) => c.objectType === 'user-account')) return userAccount(group);
  const paths = [...new Set(group.map((c) => `${c.objectType}:${c.property}`))].join(' AND ');
  return `${paths} is not something HireProof lists`;
}

/**
 * user-account comparisons: the login plus the platform, named by account_type or by a custom
 * x_ property (producers differ). A login that is a profile URL names its platform itself.
 */
function userAccount(group: readonly Comparison[]): MappedEntry | string {
  const logins = group.filter((c) => c.property === 'account_login' || c.property === 'user_id');
  const platforms = group.filter((c) => c.property === 'account_type' || c.property.startsWith('x_'));
  const other = group.find((c) => !logins.includes(c) && !platforms.includes(c));
  if (other) return `user-account:${other.property} is not supported`;
  if (logins.length !== 1 || typeof logins[0]?.value !== 'string') return 'user-account needs exactly one account_login';
  const named = platforms.map((c) => String(c.value).toLowerCase()).filter((p) => PLATFORMS.has(p));
  return accountEntry(logins[0].value, named);
}

function accountEntry(login: string, platforms: readonly string[]): MappedEntry | string {
  const link = /^https?:\/\//i.test(login) ? canonicalLink(login) : undefined;
  if (link?.kind === 'github' || link?.kind === 'linkedin') return { kind: link.kind, value: login };
  const distinct = [...new Set(platforms)];
  const [platform] = distinct;
  if (distinct.length === 1 && (platform === 'github' || platform === 'linkedin')) return { kind: platform, value: login };
  return 'user-account is not a GitHub or LinkedIn account (account_type or an x_ property must say which)';
}

/**
 * An observable object placed directly in the bundle: an entry, why it cannot be one (a string), or
 * undefined when its type is not an identifier at all (malware, relationship, ...).
 */
export function observableToEntry(object: Record<string, unknown>): MappedEntry | string | undefined {
  const value = object.value;
  switch (object.type) {
    case 'email-addr':
    case 'domain-name':
    case 'ipv4-addr':
    case 'ipv6-addr': {
      if (typeof value !== 'string') return `${object.type} without a string value`;
      if (object.type === 'email-addr') return { kind: 'email', value };
      if (object.type === 'domain-name') return { kind: 'email-domain', value };
      return { kind: value.includes('/') ? 'cidr' : 'ip', value };
    }
    case 'autonomous-system':
      return typeof object.number === 'number' ? { kind: 'asn', value: String(object.number) } : 'autonomous-system without a number';
    case 'user-account': {
      const login = object.account_login ?? object.user_id;
      if (typeof login !== 'string') return 'user-account without account_login';
      const platforms = Object.entries(object)
        .filter(([k, v]) => (k === 'account_type' || k.startsWith('x_')) && typeof v === 'string')
        .map(([, v]) => String(v).toLowerCase())
        .filter((p) => PLATFORMS.has(p));
      return accountEntry(login, platforms);
    }
    default:
      return undefined;
  }
}
