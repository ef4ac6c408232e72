import { canonicalIp } from '../lists/ip';
import { mailEvidence } from '../mail/mail-evidence';
import { readMessageHeaders } from '../mail/read-message-headers';
import { isPublicIp } from '../network/public-ip';
import { MAX_UTC_OFFSET_MINUTES, MIN_UTC_OFFSET_MINUTES } from './observation';

/** What a recruiter pasted, read: the addresses and offsets found, and what was set aside and why. */
export interface PastedEvidence {
  ips: string[];
  offsets: number[];
  ignored: string[];
}

/** Longest paste read: a few mail headers fit; a whole mailbox does not belong here. */
export const MAX_PASTE_LENGTH = 20_000;

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
 * zone as a scheduling tool shows it, or mail headers. A message's whole header block (it has a From
 * field) is read like a "show original" page, by lib/mail: the Received chain's originating hop,
 * X-Originating-IP and the Date's offset, never the recipient's own servers or the mail services'
 * relays further up. Anything else, a Received line or two included, is read value by value: the
 * recruiter chose those values, and without the whole chain there is no telling which hop is whose.
 * Everything else is ignored; nothing is guessed.
 */
export function parsePastedEvidence(text: string): PastedEvidence {
  const ignored: string[] = [];
  let input = text;
  const cut = input.length > MAX_PASTE_LENGTH;
  if (cut) {
    ignored.push(`text after the first ${MAX_PASTE_LENGTH.toLocaleString('en')} characters`);
    input = input.slice(0, MAX_PASTE_LENGTH);
  }
  const headers = readMessageHeaders(input);
  if (headers.from !== undefined) {
    const evidence = mailEvidence(headers);
    // A cut paste has lost the end of its block, where the oldest hop is: its Received chain is not read.
    const ips = cut ? (headers.xOriginatingIp ? [headers.xOriginatingIp] : []) : evidence.ips;
    if (cut && headers.originatingIp) ignored.push('the Received chain (the paste was cut before its first hop)');
    return { ips, offsets: evidence.offsets, ignored: [...new Set([...ignored, ...evidence.ignored])] };
  }
  const ips = new Set<string>();
  const addIp = (raw: string) => {
    const ip = canonicalIp(raw);
    if (ip === undefined) return;
    if (isPublicIp(ip)) ips.add(ip);
    else ignored.push(`${ip} (a private or local address)`);
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
