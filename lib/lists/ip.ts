/**
 * IP address and CIDR text <-> numbers, shared by the list parser (canonical entry values) and the
 * IP range index (lib/lists/indexes/ip-ranges.ts). Pure and strict: list data and pasted evidence are
 * hostile, so anything ambiguous is refused rather than guessed.
 *
 * Values are bigint for both versions so callers handle one type; IPv4 fits in the low 32 bits.
 * IPv4-mapped IPv6 (::ffff:a.b.c.d) stays version 6 here; `unmapIpv4` turns it into IPv4 where a
 * caller wants one spelling per address (the list normaliser does, the index searches both).
 */

export type IpVersion = 4 | 6;
export interface ParsedIp {
  version: IpVersion;
  value: bigint;
}
export interface ParsedCidr {
  version: IpVersion;
  /** First address of the range (host bits zeroed). */
  first: bigint;
  /** Last address of the range (host bits set). */
  last: bigint;
  prefix: number;
}

const WIDTH: Record<IpVersion, number> = { 4: 32, 6: 128 };
const V4_MASK = 0xffffffffn;
// The longest IPv6 text: ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255. Longer input is refused
// before any splitting, so a hostile megabyte string costs nothing.
const MAX_TEXT = 45;
// Octets without leading zeros: inet_aton reads "010" as octal 8, so "010.0.0.1" is ambiguous.
const V4_TEXT = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Dotted-quad IPv4 as a number, or undefined. No shorthand forms ("10.1", "0x0a.0.0.1"). */
export function parseIpv4(text: string): number | undefined {
  const m = V4_TEXT.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** IPv6 text (RFC 4291 section 2.2, including a trailing dotted IPv4) as a bigint, or undefined. Zones ("%eth0") are refused. */
export function parseIpv6(text: string): bigint | undefined {
  if (text.length < 2 || text.length > MAX_TEXT) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  // A dotted IPv4 may only end the address, so it is allowed in the last part only.
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (head === undefined || tail === undefined) return undefined;
  const count = head.length + tail.length;
  // Without '::' there must be exactly eight groups; with it, '::' stands for at least one.
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const groups = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** Colon-separated 16-bit groups; a dotted IPv4 is allowed as the last part and counts as two. */
function groupsOf(part: string, allowV4: boolean): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (allowV4 && i === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4(piece);
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (HEX_GROUP.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** An IPv4 or IPv6 address (surrounding whitespace ignored), or undefined. */
export function parseIp(text: string): ParsedIp | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const value = parseIpv6(t);
    return value === undefined ? undefined : { version: 6, value };
  }
  const v4 = parseIpv4(t);
  return v4 === undefined ? undefined : { version: 4, value: BigInt(v4) };
}

/**
 * "address/prefix" as a range. Host bits may be set ("192.0.2.7/24" is 192.0.2.0-192.0.2.255), as
 * route tables and firewall exports often write them; /0 is accepted here and refused by the list
 * schema, which knows why it is wrong.
 */
export function parseCidr(text: string): ParsedCidr | undefined {
  const t = text.trim();
  const slash = t.indexOf('/');
  if (slash === -1 || slash !== t.lastIndexOf('/')) return undefined;
  const ip = parseIp(t.slice(0, slash));
  const prefixText = t.slice(slash + 1);
  if (ip === undefined || !/^(0|[1-9]\d{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const width = WIDTH[ip.version];
  if (prefix > width) return undefined;
  const host = (1n << BigInt(width - prefix)) - 1n;
  const first = ip.value & ~host;
  return { version: ip.version, first, last: first | host, prefix };
}

/** True for addresses in ::ffff:0:0/96, which are IPv4 addresses written as IPv6. */
export function isMappedIpv4(ip: ParsedIp): boolean {
  return ip.version === 6 && ip.value >> 32n === 0xffffn;
}

/** The IPv4 address behind an IPv4-mapped IPv6 address; any other address unchanged. */
export function unmapIpv4(ip: ParsedIp): ParsedIp {
  return isMappedIpv4(ip) ? { version: 4, value: ip.value & V4_MASK } : ip;
}

/** The IPv4 range behind an IPv6 range inside ::ffff:0:0/96; any other range unchanged. */
export function unmapCidr(range: ParsedCidr): ParsedCidr {
  if (range.version !== 6 || range.prefix < 96 || range.first >> 32n !== 0xffffn) return range;
  return { version: 4, first: range.first & V4_MASK, last: range.last & V4_MASK, prefix: range.prefix - 96 };
}

export function formatIpv4(value: bigint | number): string {
  const v = BigInt(value);
  return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
}

/** RFC 5952 text: lower case, no leading zeros, longest run (first on ties) of 2+ zero groups as '::'. */
export function formatIpv6(value: bigint): string {
  // RFC 5952 section 5: mapped addresses keep the dotted IPv4 tail.
  if (value >> 32n === 0xffffn) return `::ffff:${formatIpv4(value & V4_MASK)}`;
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j > i ? j : i + 1;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIp(ip: ParsedIp): string {
  return ip.version === 4 ? formatIpv4(ip.value) : formatIpv6(ip.value);
}

export function formatCidr(range: Pick<ParsedCidr, 'version' | 'first' | 'prefix'>): string {
  return `${formatIp({ version: range.version, value: range.first })}/${range.prefix}`;
}

/** Canonical text of an address: IPv4 dotted, IPv6 per RFC 5952, IPv4-mapped IPv6 as IPv4. */
export function canonicalIp(text: string): string | undefined {
  const ip = parseIp(text);
  return ip && formatIp(unmapIpv4(ip));
}

/** Canonical range: host bits zeroed, IPv4-mapped IPv6 ranges as IPv4; undefined when unparsable. */
export function canonicalCidr(text: string): { text: string; range: ParsedCidr } | undefined {
  const parsed = parseCidr(text);
  if (!parsed) return undefined;
  const range = unmapCidr(parsed);
  return { text: formatCidr(range), range };
}
