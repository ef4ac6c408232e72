import { canonicalIp, parseCidr, parseIp, unmapIpv4 } from '../lists/ip';
import { MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from './observation';

/** What a recruiter pasted, read: the addresses and offsets found, and what was set aside and why. */
export interface PastedEvidence {
  ips: string[];
  offsets: number[];
  ignored: string[];
}

/** Longest paste read: a few mail headers fit; a whole mailbox does not belong here. */
export const MAX_PASTE_LENGTH = 20_000;

// Addresses that never locate a person: private, shared, loopback, link-local and unspecified
// networks. A pasted "Received:" chain is full of these internal hops.
const NOT_PUBLIC = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16', '::/127', 'fc00::/7', 'fe80::/10'].map(
  (c) => parseCidr(c)!,
);

const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
// Hex groups and colons with at least two colons; "IPv6:" tags in mail headers are removed first.
const IPV6 = /(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?(?![\w:.])/gi;
// "UTC+5:30", "GMT-07:00", "UTC −8"; the minus may be U+2212 as typography writes it.
const NAMED_OFFSET = /\b(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/gi;
// RFC 5322 dates end with the zone as +hhmm after the time: "10:04:11 -0800".
const MAIL_DATE_OFFSET = /\d{1,2}:\d{2}(?::\d{2})?\s+([+-])(\d{2})(\d{2})(?!\d)/g;
// A bare "+05:30" standing alone.
const BARE_OFFSET = /(?<![\w:+\-\u2212])([+\-\u2212])(\d{2}):(\d{2})(?![\w:])/g;

/**
 * Reads IP addresses and UTC offsets out of whatever a recruiter pasted: a bare address, a time
 * zone as a scheduling tool shows it, or mail headers (Received lines carry addresses, Date lines
 * the sender's offset). Everything else is ignored; nothing is guessed.
 */
export function parsePastedEvidence(text: string): PastedEvidence {
  const ignored: string[] = [];
  let input = text;
  if (input.length > MAX_PASTE_LENGTH) {
    ignored.push(`text after the first ${MAX_PASTE_LENGTH.toLocaleString('en')} characters`);
    input = input.slice(0, MAX_PASTE_LENGTH);
  }
  const ips = new Set<string>();
  const addIp = (raw: string) => {
    const ip = canonicalIp(raw);
    if (ip === undefined) return;
    if (isNotPublic(ip)) ignored.push(`${ip} (a private or local address)`);
    else ips.add(ip);
  };
  for (const m of input.matchAll(IPV4)) addIp(m[0]);
  for (const m of input.replace(/IPv6:/gi, ' ').matchAll(IPV6)) if (m[0].includes('::') || m[0].split(':').length >= 8) addIp(m[0]);

  const offsets = new Set<number>();
  const addOffset = (sign: string, hours: string, minutes: string | undefined, raw: string) => {
    const value = (Number(hours) * 60 + Number(minutes ?? 0)) * (sign === '+' ? 1 : -1);
    const valid = Number(minutes ?? 0) < 60 && value >= MIN_UTC_OFFSET_MINUTES && value <= MAX_UTC_OFFSET_MINUTES;
    if (valid) offsets.add(value);
    else ignored.push(`${raw.trim()} (not a real UTC offset)`);
  };
  for (const m of input.matchAll(NAMED_OFFSET)) addOffset(m[1] ?? '+', m[2] ?? '0', m[3], m[0]);
  for (const m of input.matchAll(MAIL_DATE_OFFSET)) addOffset(m[1] ?? '+', m[2] ?? '0', m[3], `${m[1]}${m[2]}${m[3]}`);
  for (const m of input.matchAll(BARE_OFFSET)) addOffset(m[1] ?? '+', m[2] ?? '0', m[3], m[0]);

  return { ips: [...ips], offsets: [...offsets], ignored: [...new Set(ignored)] };
}

function isNotPublic(ip: string): boolean {
  const parsed = parseIp(ip);
  if (!parsed) return true;
  const address = unmapIpv4(parsed);
  return NOT_PUBLIC.some((range) => range.version === address.version && address.value >= range.first && address.value <= range.last);
}
