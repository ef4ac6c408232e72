/**
 * Windowing for a list of fixed-height rows: which rows to render for a scroll position, and where
 * to scroll to bring a row into view. Only the rendered rows exist in the DOM, so 100,000 rows cost
 * what a screenful does.
 */
export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so a fast scroll or a key press does not show a blank. */
  overscan: number;
}

export interface RowWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the whole list, for the spacer that gives the scrollbar its size. */
  totalHeight: number;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

export function rowWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: WindowInput): RowWindow {
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, totalHeight: Math.max(0, totalHeight) };
  // A scroll position past the end (the list just got shorter) shows the last screenful.
  const top = clamp(scrollTop, 0, Math.max(0, totalHeight - viewportHeight));
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  return { start: clamp(first - overscan, 0, count), end: clamp(last + overscan, 0, count), totalHeight };
}

/** The scroll position that shows row `index` whole, moving as little as possible (none if it is visible). */
export function scrollToReveal(input: { index: number; scrollTop: number; viewportHeight: number; rowHeight: number }): number {
  const { index, scrollTop, viewportHeight, rowHeight } = input;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** Rows one page key moves: a screenful less one row, so the row at the edge stays in view. */
export function pageSize(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
}

/** The selection after a key press, or undefined for keys the list does not handle. */
export function nextIndex(key: string, input: { index: number; count: number; pageRows: number }): number | undefined {
  const { index, count, pageRows } = input;
  if (count === 0) return undefined;
  const at = (i: number) => clamp(i, 0, count - 1);
  switch (key) {
    case 'ArrowDown':
      return at(index + 1);
    case 'ArrowUp':
      return at(index - 1);
    case 'PageDown':
      return at(index + pageRows);
    case 'PageUp':
      return at(index - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
