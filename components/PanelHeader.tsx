import type { ReactNode } from 'react';

export interface PanelHeaderProps {
  title: string;
  collapsed: boolean;
  /** Id of the body the toggle shows and hides. */
  bodyId: string;
  onToggleCollapsed: () => void;
  /** Shown between the title and the toggle (the compact score while collapsed). */
  children?: ReactNode;
}

/** The header every HireProof panel shares: its title and a keyboard-operable collapse toggle. */
export function PanelHeader({ title, collapsed, bodyId, onToggleCollapsed, children }: PanelHeaderProps) {
  return (
    <header className="hp-header">
      <h2 className="hp-header__title">{title}</h2>
      {children}
      <button
        type="button"
        className="hp-button hp-button--secondary hp-header__toggle"
        aria-expanded={!collapsed}
        aria-controls={bodyId}
        onClick={onToggleCollapsed}
      >
        {collapsed ? 'Expand panel' : 'Collapse panel'}
      </button>
    </header>
  );
}
