import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../../lib/vision/model/bytes-base64';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) % 256);

describe('bytesToBase64 and base64ToBytes', () => {
  // Lengths around the 24 KiB chunk and each padding case; Node's Buffer is the independent reference.
  it.each([0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_152, 100_001])('round-trips %i bytes, as Node encodes them', (n) => {
    const data = bytes(n);
    const text = bytesToBase64(data);
    expect(text).toBe(Buffer.from(data).toString('base64'));
    const back = base64ToBytes(text);
    expect(back && Buffer.from(back).equals(Buffer.from(data))).toBe(true);
    // Its own buffer, exactly as long: the meeting panel hands `.buffer` to the worker.
    expect(back?.buffer.byteLength).toBe(n);
  });

  it.each([
    ['a length not a multiple of 4', 'AAA'],
    ['whitespace', 'AAAA AAAA'],
    ['the URL-safe alphabet', 'ab-_'],
    ['padding in the middle', 'AA==AAAA'],
    ['three padding characters', 'A==='],
    ['other characters', 'AA*A'],
  ])('refuses %s', (_, text) => {
    expect(base64ToBytes(text)).toBeUndefined();
  });
});
