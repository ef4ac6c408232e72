/**
 * Strict IP address parser that writes the address as u32 words into a caller's array, so a geo
 * lookup allocates nothing (no BigInt, no split strings): it runs once per observed address and a
 * million times in the benchmark. Accepts dotted-quad IPv4 without leading zeros (they mean octal
 * to some parsers), and IPv6 per RFC 4291 section 2.2 including "::" and a trailing dotted quad.
 * Zone ids, brackets, ports and CIDR suffixes are junk here.
 */

/**
 * Parses `text` into `out`: IPv4 as out[0]; IPv6 as out[0..3], most significant word first.
 * IPv4-mapped IPv6 (::ffff:a.b.c.d) comes back as IPv4 because the data keys it that way.
 * Returns 4, 6, or 0 for anything that is not an address.
 */
export function parseIpWords(text: string, out: Uint32Array): 0 | 4 | 6 {
  if (text.length > 45) return 0; // longest IPv6 text form: 8 groups + embedded IPv4
  if (text.indexOf(':') < 0) {
    const v4 = parseV4(text, 0, text.length);
    if (v4 < 0) return 0;
    out[0] = v4;
    return 4;
  }
  if (!parseV6(text, groups)) return 0;
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 0xffff) {
    out[0] = ((groups[6]! << 16) | groups[7]!) >>> 0;
    return 4;
  }
  for (let w = 0; w < 4; w++) out[w] = ((groups[w * 2]! << 16) | groups[w * 2 + 1]!) >>> 0;
  return 6;
}

const groups = new Uint16Array(8);

/** Dotted quad in text[from, to), as an unsigned number, or -1. */
function parseV4(text: string, from: number, to: number): number {
  let value = 0;
  let parts = 0;
  let i = from;
  while (parts < 4) {
    let part = 0;
    let digits = 0;
    for (; i < to; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (digits === 1 && part === 0) return -1; // leading zero
      part = part * 10 + d;
      if (++digits > 3) return -1;
    }
    if (digits === 0 || part > 255) return -1;
    value = value * 256 + part;
    parts++;
    if (parts < 4) {
      if (text.charCodeAt(i) !== 46) return -1; // '.'
      i++;
    }
  }
  return i === to ? value : -1;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

function parseV6(text: string, g: Uint16Array): boolean {
  const len = text.length;
  let n = 0; // groups written
  let gap = -1; // index in g where "::" was
  let i = 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return false;
    gap = 0;
    i = 2;
  }
  while (i < len) {
    const begin = i;
    let value = 0;
    for (; i < len; i++) {
      const h = hexDigit(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
    }
    if (i < len && text.charCodeAt(i) === 46) {
      // Trailing dotted quad: the last 32 bits.
      const v4 = n <= 6 ? parseV4(text, begin, len) : -1;
      if (v4 < 0) return false;
      g[n++] = v4 >>> 16;
      g[n++] = v4 & 0xffff;
      break;
    }
    if (i === begin || i - begin > 4 || n === 8) return false;
    g[n++] = value;
    if (i === len) break;
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (text.charCodeAt(i) === 58) {
      if (gap >= 0) return false;
      gap = n;
      i++;
    } else if (i === len) {
      return false; // a single trailing ':'
    }
  }
  if (gap < 0) return n === 8;
  if (n > 7) return false; // "::" must stand for at least one group
  const tail = n - gap;
  for (let k = 1; k <= tail; k++) g[8 - k] = g[n - k]!;
  for (let k = gap; k < 8 - tail; k++) g[k] = 0;
  return true;
}
