import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nextIndex, pageSize, rowWindow, scrollToReveal } from '../../lib/review/virtual-window';

export interface VirtualListProps {
  count: number;
  /** Every row is this tall (px): what makes windowing a division instead of a measurement. */
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** DOM id of row `index`, for aria-activedescendant. */
  rowId: (index: number) => string;
  /** The row's content; the list supplies the option element around it. */
  renderRow: (index: number) => ReactNode;
  /** -1 when nothing is selected. */
  selectedIndex: number;
  onSelect: (index: number) => void;
  /** Enter on the selection, or a click on a row. */
  onActivate: (index: number) => void;
  /** Used until the list's element can be measured (and in tests, where nothing has a size). */
  fallbackViewportHeight?: number;
  overscan?: number;
  describedBy?: string;
  /** Takes the focus when mounted (back from a case: the arrow keys go on where they left off). */
  autoFocus?: boolean;
}

/**
 * A windowed listbox: only the rows in view (plus `overscan`) are in the DOM. The list itself holds
 * the keyboard focus and points at the selected row with aria-activedescendant, so the selection
 * survives rows being unmounted while scrolling. Arrow keys, Page Up/Down, Home and End move the
 * selection and scroll it into view; Enter opens it.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, selectedIndex, overscan = 6 } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(props.fallbackViewportHeight ?? 480);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (el.clientHeight > 0) setViewportHeight(el.clientHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const autoFocus = props.autoFocus === true;
  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
    // Only on mount: a later change of the prop must not pull focus from where the person is.
  }, []);

  const reveal = (index: number) => {
    const el = ref.current;
    if (!el || index < 0) return;
    const top = scrollToReveal({ index, scrollTop, viewportHeight, rowHeight });
    if (top !== scrollTop) el.scrollTop = top;
    // Some environments (tests) fire no scroll event: the window follows the position either way.
    setScrollTop(top);
  };

  // Back from a case page, or the list re-sorted: the selected row is where the eye expects it.
  const lastRevealed = useRef<number>(-1);
  useLayoutEffect(() => {
    if (selectedIndex !== lastRevealed.current) {
      lastRevealed.current = selectedIndex;
      reveal(selectedIndex);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter') {
      if (selectedIndex >= 0 && selectedIndex < count) {
        event.preventDefault();
        props.onActivate(selectedIndex);
      }
      return;
    }
    const next = nextIndex(event.key, { index: selectedIndex, count, pageRows: pageSize(viewportHeight, rowHeight) });
    if (next === undefined) return;
    event.preventDefault();
    props.onSelect(next);
  };

  const { start, end, totalHeight } = rowWindow({ scrollTop, viewportHeight, rowHeight, count, overscan });
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div
        key={props.rowId(i)}
        id={props.rowId(i)}
        role="option"
        aria-selected={i === selectedIndex}
        // The listbox holds only the rendered rows: these say where each one sits in the whole.
        aria-posinset={i + 1}
        aria-setsize={count}
        className={`hp-vlist__row${i === selectedIndex ? ' is-selected' : ''}`}
        style={{ height: rowHeight }}
        onClick={() => {
          props.onSelect(i);
          props.onActivate(i);
        }}
      >
        {props.renderRow(i)}
      </div>,
    );
  }

  const active = selectedIndex >= start && selectedIndex < end ? props.rowId(selectedIndex) : undefined;
  return (
    <div
      ref={ref}
      className="hp-vlist"
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-activedescendant={active}
      onKeyDown={onKeyDown}
      onFocus={() => {
        // Focus arriving with nothing selected selects the first row, so the arrow keys start somewhere visible.
        if (selectedIndex < 0 && count > 0) props.onSelect(0);
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="hp-vlist__spacer" style={{ height: totalHeight }}>
        <div className="hp-vlist__window" style={{ transform: `translateY(${start * rowHeight}px)` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
