import { IPV4_WORD, readIpWords } from '../network/ip-words';
import type { IpFamily } from './geo-format';

/**
 * Build-time half of the geo tables (used by lib/build/geo-db.ts, never by the extension): turns
 * possibly nested IP ranges into the non-overlapping segments ./geo-format.ts stores. Kept here,
 * beside the format, so its rules are unit-tested with small tables instead of the real data.
 */

export interface Row {
  start: bigint;
  end: bigint;
  value: number;
}

/** Segment i covers [starts[i], starts[i + 1]); value -1 marks a gap. */
export interface Segments {
  starts: bigint[];
  values: number[];
}

/**
 * Rows must arrive sorted by start. Open ranges sit on a stack, innermost on top; where ranges
 * overlap, the one that started last wins: in @ip-location-db that is the more specific one (a
 * geofeed /29 inside a whois /16). Adjacent segments with the same value merge; `limit` is one past
 * the largest address, so the space after the last range ends in a gap.
 */
export function flattener(limit: bigint) {
  const starts: bigint[] = [];
  const values: number[] = [];
  const stack: Row[] = [];
  let cursor = 0n; // first address not yet emitted
  let lastEnd = -1n;

  const emit = (from: bigint, to: bigint, value: number) => {
    if (from > to) return;
    if (starts.length > 0 && from === lastEnd + 1n && values[values.length - 1] === value) {
      lastEnd = to;
      return;
    }
    if (starts.length > 0 && from > lastEnd + 1n) {
      starts.push(lastEnd + 1n);
      values.push(-1);
    }
    starts.push(from);
    values.push(value);
    lastEnd = to;
  };
  const emitUntil = (next: bigint) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.end < cursor) {
        stack.pop(); // wholly shadowed by a range that started later
      } else if (top.end < next) {
        emit(cursor, top.end, top.value);
        cursor = top.end + 1n;
        stack.pop();
      } else {
        emit(cursor, next - 1n, top.value);
        break;
      }
    }
    cursor = next;
  };
  return {
    add(row: Row) {
      emitUntil(row.start);
      stack.push(row);
    },
    finish(): Segments {
      emitUntil(limit);
      if (starts.length > 0 && lastEnd < limit - 1n) {
        starts.push(lastEnd + 1n);
        values.push(-1);
      }
      return { starts, values };
    },
  };
}

/**
 * Addresses that are nowhere: private, loopback, link-local, CGNAT, documentation, multicast and
 * reserved (IANA special-purpose registries, RFC 6890). The data has errors here (2001:db8::/32 is
 * "JP"), and a country for 10.0.0.1 could only mislead a signal, so these always look up as unknown.
 */
export const SPECIAL_PURPOSE: Record<IpFamily, string[]> = {
  4: ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
    '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/3'],
  6: ['::/8', '100::/64', '2001:db8::/32', '3fff::/20', 'fc00::/7', 'fe80::/10', 'ff00::/8'],
};

export function cidrRange(cidr: string, family: IpFamily): [bigint, bigint] {
  const [address = '', prefix = ''] = cidr.split('/');
  const words = new Uint32Array(4);
  if (readIpWords(address, words) !== family) throw new Error(`not an IPv${family} block: ${cidr}`);
  const value = family === 4 ? BigInt(words[IPV4_WORD]!) : words.reduce((v, w) => (v << 32n) | BigInt(w), 0n);
  const host = (1n << BigInt((family === 4 ? 32 : 128) - Number(prefix))) - 1n;
  return [value & ~host, value | host];
}

/** Cuts the special-purpose blocks out of flattened segments by replaying them minus the holes. */
export function withoutSpecialPurpose(seg: Segments, family: IpFamily, limit: bigint): Segments {
  const holes = SPECIAL_PURPOSE[family].map((c) => cidrRange(c, family)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out = flattener(limit);
  let h = 0;
  seg.starts.forEach((start, i) => {
    const value = seg.values[i]!;
    if (value < 0) return;
    let from = start;
    const to = (seg.starts[i + 1] ?? limit) - 1n;
    while (h < holes.length && holes[h]![1] < from) h++;
    for (let k = h; k < holes.length && holes[k]![0] <= to; k++) {
      const [a, b] = holes[k]!;
      if (a > from) out.add({ start: from, end: a - 1n, value });
      from = b + 1n;
    }
    if (from <= to) out.add({ start: from, end: to, value });
  });
  return out.finish();
}
