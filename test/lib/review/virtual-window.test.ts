import { describe, expect, it } from 'vitest';
import { nextIndex, pageSize, rowWindow, scrollToReveal, type WindowInput } from '../../../lib/review/virtual-window';

const base: WindowInput = { scrollTop: 0, viewportHeight: 500, rowHeight: 50, count: 100_000, overscan: 5 };

describe('rowWindow', () => {
  it.each([
    ['top of the list', {}, { start: 0, end: 15 }],
    ['scrolled to row 100', { scrollTop: 5000 }, { start: 95, end: 115 }],
    ['part-way into a row renders it', { scrollTop: 5025 }, { start: 95, end: 116 }],
    ['the very end', { scrollTop: 4_999_500 }, { start: 99_985, end: 100_000 }],
    ['past the end (the list got shorter) shows the last screenful', { scrollTop: 9_000_000, count: 30 }, { start: 15, end: 30 }],
    ['fewer rows than fit', { count: 3 }, { start: 0, end: 3 }],
    ['no rows', { count: 0 }, { start: 0, end: 0 }],
    ['no overscan', { scrollTop: 100, overscan: 0 }, { start: 2, end: 12 }],
    ['a viewport not measured yet', { viewportHeight: 0 }, { start: 0, end: 5 }],
  ] as Array<[string, Partial<WindowInput>, { start: number; end: number }]>)('%s', (_name, input, expected) => {
    const w = rowWindow({ ...base, ...input });
    expect({ start: w.start, end: w.end }).toEqual(expected);
    expect(w.totalHeight).toBe((input.count ?? base.count) * base.rowHeight);
  });

  it('never renders more than a screenful plus the overscan, however long the list', () => {
    for (const scrollTop of [0, 1, 49, 50, 12_345, 2_500_000, 4_999_999]) {
      const w = rowWindow({ ...base, scrollTop });
      expect(w.end - w.start).toBeLessThanOrEqual(base.viewportHeight / base.rowHeight + 1 + 2 * base.overscan);
    }
  });
});

describe('scrollToReveal', () => {
  it.each([
    ['a visible row: no move', 3, 0, 0],
    ['the row just past the bottom: scroll by one row', 10, 0, 50],
    ['a row above: it becomes the top', 2, 500, 100],
    ['a row far below: it becomes the bottom', 99, 0, 4500],
    ['the first row', 0, 1000, 0],
  ])('%s', (_name, index, scrollTop, expected) => {
    expect(scrollToReveal({ index, scrollTop, viewportHeight: 500, rowHeight: 50 })).toBe(expected);
  });
});

describe('keyboard', () => {
  it.each([
    ['ArrowDown', 4, 5],
    ['ArrowUp', 4, 3],
    ['ArrowUp', 0, 0],
    ['ArrowDown', 9, 9],
    ['ArrowDown', -1, 0],
    ['ArrowUp', -1, 0],
    ['PageDown', 2, 6],
    ['PageDown', 8, 9],
    ['PageUp', 5, 1],
    ['PageUp', 1, 0],
    ['Home', 7, 0],
    ['End', 2, 9],
    ['a', 2, undefined],
    ['Tab', 2, undefined],
  ])('%s from %i goes to %s', (key, index, expected) => {
    expect(nextIndex(key, { index, count: 10, pageRows: 4 })).toBe(expected);
  });

  it('an empty list handles no key', () => {
    expect(nextIndex('ArrowDown', { index: -1, count: 0, pageRows: 4 })).toBeUndefined();
  });

  it.each([
    [500, 50, 9],
    [49, 50, 1],
    [0, 50, 1],
  ])('a page of a %i px viewport with %i px rows is %i rows', (viewport, row, rows) => {
    expect(pageSize(viewport, row)).toBe(rows);
  });
});
