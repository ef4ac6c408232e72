/**
 * Reads IP address text straight into 32-bit words, allocating nothing: no bigint, no split
 * strings, no regex match arrays. It exists for the lookup hot paths, the signal-list range index
 * (lib/lists/indexes/ip-ranges.ts) and the offline geo tables (lib/geo/ip-geo.ts), which run once
 * per observed address and a million times in the benchmarks. Going through lib/lists/ip.ts's
 * bigint parser there costs about 1 µs (IPv4) to 3 µs (IPv6) per lookup in V8, more than a whole
 * lookup's budget; plain number arithmetic costs a tenth of that.
 *
 * lib/lists/ip.ts stays the canonical parser (what a valid spelling is, and its canonical text).
 * This reader accepts the same spellings, except that it does not trim surrounding whitespace:
 * it answers 0 for those and leaves them to the caller (trim first, or fall back to parseIp). The
 * tests hold it to parseIp on every short string and on seeded random input.
 *
 * Where IPv4 goes: `out` always holds the address as 128 bits, four words, most significant first,
 * with IPv4 written as its IPv4-mapped IPv6 form ::ffff:a.b.c.d, so the IPv4 value is out[3]
 * whether the text was dotted ("1.2.3.4") or mapped ("::ffff:1.2.3.4", "::ffff:102:304"): mapped
 * input needs no words moved, and a caller wanting the IPv4 number reads one fixed word.
 */

/** Word of `out` that holds an IPv4 address (the low 32 bits of its IPv4-mapped form). */
export const IPV4_WORD = 3;

// The longest address text: ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255. Checked first, so a
// hostile megabyte string costs nothing.
const MAX_TEXT = 45;
const COLON = 58;
const DOT = 46;

/**
 * Reads `text` into `out` (at least 4 words) and returns 4 for IPv4 and IPv4-mapped IPv6 (out is
 * [0, 0, 0xffff, address]), 6 for any other IPv6 address, or 0 when `text` is not an address in a
 * spelling read here (out is then left as it was). Strict like parseIp: dotted quads without leading
 * zeros or shorthand, IPv6 per RFC 4291 section 2.2 with "::" and a trailing dotted quad; zone ids,
 * brackets, ports, CIDR suffixes and whitespace are refused.
 */
export function readIpWords(text: string, out: Uint32Array): 0 | 4 | 6 {
  const end = text.length;
  if (end > MAX_TEXT) return 0;
  if (text.indexOf(':') < 0) {
    const v4 = readV4(text, 0, end);
    if (v4 < 0) return 0;
    out[0] = 0;
    out[1] = 0;
    out[2] = 0xffff;
    out[3] = v4;
    return 4;
  }
  if (!readV6(text, end)) return 0;
  for (let w = 0; w < 4; w++) out[w] = groups[2 * w]! * 0x10000 + groups[2 * w + 1]!;
  return out[0] === 0 && out[1] === 0 && out[2] === 0xffff ? 4 : 6;
}

/** Strict dotted quad in text[start, end) (no leading zeros, each part 0-255), or -1. */
function readV4(text: string, start: number, end: number): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : DOT; // a virtual '.' closes the last part
    if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return -1; // leading zero: octal to inet_aton
      part = part * 10 + c - 48;
      if (++digits > 3 || part > 255) return -1;
    } else if (c === DOT) {
      if (digits === 0 || ++parts > 4) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
    } else return -1;
  }
  return parts === 4 ? value : -1;
}

// Scratch for the eight 16-bit groups: reads are synchronous, so one buffer serves every call.
const groups = new Uint16Array(8);

/** IPv6 text[0, end) into `groups`, "::" expanded; false when it is not an address. */
function readV6(text: string, end: number): boolean {
  let count = 0; // groups read
  let gap = -1; // index in `groups` where "::" stands
  let i = 0;
  if (text.charCodeAt(0) === COLON) {
    if (text.charCodeAt(1) !== COLON) return false;
    gap = 0;
    i = 2;
  }
  while (i < end) {
    const start = i;
    let value = 0;
    // Hex digits inline rather than through a helper: this loop is most of a lookup's parsing time.
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) value = value * 16 + c - 48;
      else if (c >= 97 && c <= 102) value = value * 16 + c - 87;
      else if (c >= 65 && c <= 70) value = value * 16 + c - 55;
      else break;
    }
    if (i < end && text.charCodeAt(i) === DOT) {
      // A dotted quad may only end the address, as its last 32 bits.
      const v4 = count <= 6 ? readV4(text, start, end) : -1;
      if (v4 < 0) return false;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      break;
    }
    if (i === start || i - start > 4 || count === 8) return false;
    groups[count++] = value;
    if (i === end) break;
    if (text.charCodeAt(i) !== COLON) return false;
    i++;
    if (text.charCodeAt(i) === COLON) {
      if (gap >= 0) return false; // a second "::"
      gap = count;
      i++;
    } else if (i === end) return false; // a single trailing ':'
  }
  if (gap < 0) return count === 8;
  if (count > 7) return false; // "::" stands for at least one group
  // Move the groups after "::" to the end and zero the gap.
  const zeros = 8 - count;
  for (let k = count - 1; k >= gap; k--) groups[k + zeros] = groups[k]!;
  groups.fill(0, gap, gap + zeros);
  return true;
}
