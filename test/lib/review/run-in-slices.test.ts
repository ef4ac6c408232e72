import { describe, expect, it } from 'vitest';
import { collectInSlices, type Part } from '../../../lib/review/run-in-slices';

function* parts(n: number): Generator<Part> {
  for (let i = 1; i <= n; i++) yield { text: `p${i};`, done: i };
}

describe('collectInSlices', () => {
  it('keeps every part in order', async () => {
    expect((await collectInSlices(parts(5))).join('')).toBe('p1;p2;p3;p4;p5;');
  });

  it.each([
    // A clock that moves 5 ms per part: a 12 ms budget gives the page a turn every third part.
    { budgetMs: 12, yields: [3, 6, 9], n: 10 },
    { budgetMs: 1, yields: [1, 2, 3, 4], n: 4 },
    { budgetMs: 1000, yields: [], n: 10 },
  ])('budget $budgetMs ms: yields after parts $yields', async ({ budgetMs, yields, n }) => {
    let clock = 0;
    const progress: number[] = [];
    let turns = 0;
    await collectInSlices(
      (function* () {
        for (const part of parts(n)) {
          clock += 5;
          yield part;
        }
      })(),
      { budgetMs, now: () => clock, onProgress: (done) => progress.push(done), yieldTask: async () => void turns++ },
    );
    expect(progress).toEqual(yields);
    expect(turns).toBe(yields.length);
  });
});
