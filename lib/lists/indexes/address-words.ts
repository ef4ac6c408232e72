/**
 * Reads an IP address straight into 32-bit words for the range index's hot path. Going through
 * parseIp's bigint costs about 1 µs (IPv4) to 3 µs (IPv6) per lookup in V8, more than the whole
 * 2 µs budget; plain number arithmetic costs a tenth of that. Anything this reader does not
 * recognise (zone ids, odd spellings) returns 0 and the caller falls back to parseIp, so it only
 * has to be right about what it accepts: the tests hold it to parseIp on those inputs.
 */

/**
 * Parses `text` into `out` (4 words, most significant first) and returns 4 or 6, or 0 when not
 * recognised. IPv4, and IPv4-mapped IPv6 (::ffff:a.b.c.d), return 4 with the address in out[3].
 */
export function readAddress(text: string, out: Uint32Array): 0 | 4 | 6 {
  if (text.indexOf(':') < 0) {
    const v4 = readV4(text, 0, text.length);
    if (v4 < 0) return 0;
    out[3] = v4;
    return 4;
  }
  return readV6(text, out);
}

/** Strict dotted quad between start and end (no leading zeros, each part 0-255), or -1. */
function readV4(text: string, start: number, end: number): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46; // a virtual '.' closes the last part
    if (c >= 48 && c <= 57) {
      if (digits === 1 && part === 0) return -1;
      part = part * 10 + c - 48;
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46) {
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

function readV6(text: string, out: Uint32Array): 0 | 4 | 6 {
  const n = text.length;
  let count = 0; // groups read
  let gap = -1; // index in `groups` where '::' stands
  let i = 0;
  if (n < 2) return 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return 0;
    gap = 0;
    i = 2;
    if (i === n) return finish(out, count, gap);
  }
  for (;;) {
    let value = 0;
    let digits = 0;
    const start = i;
    // Hex digits inline rather than through a helper: this loop is most of a lookup's time.
    for (; i < n; i++, digits++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) value = value * 16 + c - 48;
      else if (c >= 97 && c <= 102) value = value * 16 + c - 87;
      else if (c >= 65 && c <= 70) value = value * 16 + c - 55;
      else break;
    }
    if (i < n && text.charCodeAt(i) === 46) {
      // Trailing dotted quad: the last 32 bits.
      const v4 = readV4(text, start, n);
      if (v4 < 0 || count > 6) return 0;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      return finish(out, count, gap);
    }
    if (digits === 0 || digits > 4 || count === 8) return 0;
    groups[count++] = value;
    if (i === n) return finish(out, count, gap);
    if (text.charCodeAt(i) !== 58) return 0;
    i++;
    if (i < n && text.charCodeAt(i) === 58) {
      if (gap >= 0) return 0;
      gap = count;
      i++;
      if (i === n) return finish(out, count, gap);
    } else if (i === n) return 0; // a single trailing ':'
  }
}

function finish(out: Uint32Array, count: number, gap: number): 0 | 4 | 6 {
  if (gap < 0 ? count !== 8 : count > 7) return 0;
  if (gap >= 0) {
    // Move the groups after '::' to the end and zero the gap.
    const zeros = 8 - count;
    for (let k = count - 1; k >= gap; k--) groups[k + zeros] = groups[k]!;
    groups.fill(0, gap, gap + zeros);
  }
  for (let w = 0; w < 4; w++) out[w] = groups[2 * w]! * 0x10000 + groups[2 * w + 1]!;
  return out[0] === 0 && out[1] === 0 && out[2] === 0xffff ? 4 : 6;
}
