import { describe, expect, it } from 'vitest';
import { dct2d } from '../../../lib/similarity/dct-2d';

/** The textbook double sum, for comparison. */
function naive(input: number[], n: number): number[] {
  const a = (k: number) => Math.sqrt((k === 0 ? 1 : 2) / n);
  const out: number[] = [];
  for (let v = 0; v < n; v++) {
    for (let u = 0; u < n; u++) {
      let sum = 0;
      for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) sum += input[y * n + x]! * Math.cos(((2 * x + 1) * u * Math.PI) / (2 * n)) * Math.cos(((2 * y + 1) * v * Math.PI) / (2 * n));
      out.push(a(u) * a(v) * sum);
    }
  }
  return out;
}
const basis = (n: number, u: number, v: number) =>
  Array.from({ length: n * n }, (_, i) => Math.cos(((2 * (i % n) + 1) * u * Math.PI) / (2 * n)) * Math.cos(((2 * Math.floor(i / n) + 1) * v * Math.PI) / (2 * n)));

describe('dct2d', () => {
  it('a constant image has only the DC term, n times the value', () => {
    const out = dct2d(new Array<number>(64).fill(3), 8);
    expect(out[0]).toBeCloseTo(24, 9);
    for (let i = 1; i < 64; i++) expect(out[i]).toBeCloseTo(0, 9);
  });

  it.each<[number, number]>([[1, 0], [0, 1], [3, 5], [8, 8], [31, 2]])('a cosine pattern (u=%i, v=%i) lands on its own coefficient only', (u, v) => {
    const out = dct2d(basis(32, u, v), 32);
    let largest = 0;
    for (let i = 1; i < out.length; i++) if (Math.abs(out[i]!) > Math.abs(out[largest]!)) largest = i;
    expect(largest).toBe(v * 32 + u);
    out.forEach((c, i) => i !== largest && expect(Math.abs(c)).toBeLessThan(1e-9));
  });

  it('matches the textbook double sum', () => {
    const input = Array.from({ length: 64 }, (_, i) => (i * 37) % 11 - 5);
    const fast = dct2d(input, 8);
    naive(input, 8).forEach((c, i) => expect(fast[i]).toBeCloseTo(c, 9));
  });

  it('keeps the energy (orthonormal scaling)', () => {
    const input = Array.from({ length: 1024 }, (_, i) => Math.sin(i) * 100);
    const energy = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x * x, 0);
    expect(energy(dct2d(input, 32))).toBeCloseTo(energy(input), 6);
  });

  it('refuses input of the wrong length', () => {
    expect(() => dct2d([1, 2, 3], 2)).toThrow(/expected 4 values/);
  });
});
