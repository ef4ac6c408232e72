import { canonicalLink } from '../candidate/normalise-link';
import { normaliseEmail } from '../candidate/normalise-email';
import { normalisePhone } from '../candidate/normalise-phone';
import { canonicalCidr, canonicalIp } from './ip';

/**
 * One canonical spelling per entry value, the same folding the candidate side applies (lib/candidate),
 * so a list entry and a candidate's identifier compare as plain strings in the indexes.
 */

export const ENTRY_KINDS = [
  'email',
  'email-domain',
  'phone',
  'phone-prefix',
  'ip',
  'cidr',
  'asn',
  'github',
  'linkedin',
  'name',
  'employer-domain',
  'photo-hash',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type NormalisedValue = { ok: true; value: string } | { ok: false; message: string };

const ok = (value: string): NormalisedValue => ({ ok: true, value });
const fail = (message: string): NormalisedValue => ({ ok: false, message });

// Values are identifiers; no real one is this long, and the cap bounds the work per entry.
export const MAX_VALUE_LENGTH = 2048;
// Largest 32-bit AS number (RFC 6793).
const MAX_ASN = 4294967295;

export function normaliseEntryValue(kind: EntryKind, raw: string): NormalisedValue {
  if (raw.length > MAX_VALUE_LENGTH) return fail(`longer than ${MAX_VALUE_LENGTH} characters`);
  const text = raw.trim();
  if (text === '') return fail('empty value');
  switch (kind) {
    case 'email': {
      const email = normaliseEmail(text);
      return email ? ok(email.folded) : fail(`not an e-mail address: ${quote(text)}`);
    }
    case 'email-domain':
    case 'employer-domain':
      return domain(text);
    case 'phone': {
      const e164 = normalisePhone(text).e164;
      // Without a default country only "+<country code>…" numbers parse: a list has no region to guess.
      return e164 ? ok(e164) : fail(`not a phone number in international form (+country code): ${quote(text)}`);
    }
    case 'phone-prefix':
      return phonePrefix(text);
    case 'ip': {
      if (text.includes('/')) return fail(`${quote(text)} is a range: use kind "cidr"`);
      const ip = canonicalIp(text);
      return ip ? ok(ip) : fail(`not an IPv4 or IPv6 address: ${quote(text)}`);
    }
    case 'cidr':
      return cidr(text);
    case 'asn':
      return asn(text);
    case 'github':
    case 'linkedin':
      return handle(kind, text);
    case 'name':
      return name(text);
    case 'photo-hash': {
      const hex = text.toLowerCase();
      return /^[0-9a-f]{8,128}$/.test(hex) ? ok(hex) : fail('a photo hash is 8 to 128 hexadecimal digits');
    }
  }
}

/** Lower-case punycode host without a trailing dot, checked and folded exactly as e-mail domains are. */
function domain(text: string): NormalisedValue {
  const host = text.replace(/\.$/, '');
  const folded = normaliseEmail(`postmaster@${host}`)?.domain;
  return folded ? ok(folded) : fail(`not a domain name: ${quote(text)}`);
}

/** "+44 20", "0044-20" -> "+4420": the leading digits of E.164 numbers, matched by prefix. */
function phonePrefix(text: string): NormalisedValue {
  const compact = text.replace(/[\s().-]/g, '');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  if (digits === undefined) return fail(`a phone prefix starts with + and the country code: ${quote(text)}`);
  // E.164 numbers have at most 15 digits and country codes never start with 0.
  return /^[1-9]\d{0,14}$/.test(digits) ? ok(`+${digits}`) : fail(`not a phone prefix: ${quote(text)}`);
}

function cidr(text: string): NormalisedValue {
  const parsed = canonicalCidr(text);
  if (!parsed) return fail(`not a CIDR range (address/prefix): ${quote(text)}`);
  // A /0 matches every candidate, which is never what a security team means; it is usually a typo.
  if (parsed.range.prefix === 0) {
    return fail(`${quote(text)} covers every IPv${parsed.range.version} address; a /0 range is refused`);
  }
  return ok(parsed.text);
}

function asn(text: string): NormalisedValue {
  const m = /^(?:AS\s*)?(\d{1,10})$/i.exec(text);
  const n = m ? Number(m[1]) : Number.NaN;
  return n >= 0 && n <= MAX_ASN ? ok(`AS${n}`) : fail(`not an AS number (AS123 or 123): ${quote(text)}`);
}

/** A bare handle ("@Octocat") or a profile URL, both through canonicalLink so keys match the candidate side. */
function handle(kind: 'github' | 'linkedin', text: string): NormalisedValue {
  const isUrl = /[/.]/.test(text);
  const bare = text.replace(/^@/, '');
  // A slug copied from an address bar arrives percent-encoded; encode once, not twice.
  const slug = kind === 'linkedin' ? safeDecode(bare) : bare;
  const url = isUrl
    ? text
    : kind === 'github'
      ? `https://github.com/${bare}`
      : `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
  const link = /\s/.test(bare) ? undefined : canonicalLink(url);
  if (link?.kind === kind && link.handle !== undefined) return ok(link.handle);
  return fail(`not a ${kind === 'github' ? 'GitHub user' : 'LinkedIn profile'} handle or URL: ${quote(text)}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed escape is refused later by canonicalLink's own checks, or kept as written
  }
}

/** NFC, trimmed, inner whitespace runs as one space; names are compared as written, not folded. */
function name(text: string): NormalisedValue {
  const value = text.normalize('NFC').replace(/\s+/g, ' ');
  if (/[\p{Cc}\p{Cf}]/u.test(value)) return fail('a name must not contain control or invisible format characters');
  return value.length <= 200 ? ok(value) : fail('a name is at most 200 characters');
}

/** The value as it appears in a message: quoted, shortened so a hostile value cannot flood the UI. */
function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
