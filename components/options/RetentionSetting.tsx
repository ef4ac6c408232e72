import { useEffect, useId, useState, type FormEvent } from 'react';
import { parseNumberInput } from '@/lib/options/number-input';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { MAX_RETENTION_DAYS } from '@/lib/settings/settings-schema';
import { SettingGroup } from './SettingGroup';

export interface RetentionSettingProps {
  days: number;
  locked: boolean;
  onSave: (days: number) => Promise<void>;
}

/** How long candidate data is kept after a candidate was last seen; 0 keeps it until deleted. */
export function RetentionSetting({ days, locked, onSave }: RetentionSettingProps) {
  const inputId = useId();
  const [text, setText] = useState(String(days));
  const [invalid, setInvalid] = useState<string>();
  const action = useAsyncAction();
  // A change saved elsewhere shows here, unless the person is typing something else.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (!edited) setText(String(days));
  }, [days, edited]);

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const parsed = parseNumberInput(text, { min: 0, max: MAX_RETENTION_DAYS, integer: true });
    if (!parsed.ok) {
      setInvalid(parsed.message);
      return;
    }
    setInvalid(undefined);
    if (await action.run(() => onSave(parsed.value))) setEdited(false);
  }

  return (
    <SettingGroup
      id="setting-retention"
      title="Keep candidate data"
      locked={locked}
      description="Days a candidate’s stored details are kept after they were last seen (a page of theirs read, an interview or an HR decision). Once a day, candidates past this are deleted with everything about them; the audit log keeps that they were, without their details. 0 keeps them until someone deletes them."
      error={action.error}
    >
      <form className="hp-inline-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="hp-field hp-field--short">
          <label htmlFor={inputId}>Days</label>
          <input
            id={inputId}
            type="text"
            inputMode="numeric"
            className="hp-input-short"
            value={text}
            readOnly={locked}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setEdited(true);
              setText(event.target.value);
            }}
          />
          {invalid ? (
            <span id={`${inputId}-error`} className="hp-field-error">
              {invalid}
            </span>
          ) : null}
        </div>
        {locked ? null : (
          <button type="submit" className="hp-button" disabled={action.pending || !edited}>
            Save
          </button>
        )}
      </form>
    </SettingGroup>
  );
}
