import type { ReactNode } from 'react';
import { LockedNote } from './LockedNote';

export interface SettingGroupProps {
  id: string;
  title: string;
  /** The organisation's policy sets this: shown read-only, with a note saying so. */
  locked: boolean;
  description?: ReactNode;
  /** The last save's failure, shown under the controls. */
  error?: string | undefined;
  children: ReactNode;
}

/** One setting with its heading, what it does, the controls and the save error, if any. */
export function SettingGroup({ id, title, locked, description, error, children }: SettingGroupProps) {
  return (
    <div className="hp-setting" role="group" aria-labelledby={id} data-setting={id} data-locked={locked || undefined}>
      <h3 id={id}>
        {title} {locked ? <LockedNote /> : null}
      </h3>
      {description ? <p className="hp-hint">{description}</p> : null}
      {children}
      {error ? (
        <p role="alert" className="hp-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
