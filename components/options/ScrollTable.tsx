import type { ReactNode } from 'react';

export type Column = string | { hidden: string };

export interface ScrollTableProps {
  /** Header cells; `{ hidden }` is a column named for screen readers only (a column of buttons). */
  columns: readonly Column[];
  /** Id of the heading naming the table; makes the scroll area a focusable region keyboard users can scroll. */
  labelledBy?: string;
  compact?: boolean;
  children: ReactNode;
}

/** A data table that scrolls sideways on narrow windows instead of squeezing its columns. */
export function ScrollTable({ columns, labelledBy, compact = false, children }: ScrollTableProps) {
  return (
    <div className="hp-table-scroll" {...(labelledBy ? { role: 'region', 'aria-labelledby': labelledBy, tabIndex: 0 } : {})}>
      <table className={compact ? 'hp-table hp-table--compact' : 'hp-table'}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={typeof column === 'string' ? column : column.hidden} scope="col">
                {typeof column === 'string' ? column : <span className="hp-visually-hidden">{column.hidden}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
