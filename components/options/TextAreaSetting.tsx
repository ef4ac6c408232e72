import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Reading } from '@/lib/options/interview-setting-text';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { SettingGroup } from './SettingGroup';


export interface TextAreaSettingProps<T> {
  id: string;
  title: string;
  description: string;
  label: string;
  /** The saved value as the text area shows it. */
  text: string;
  locked: boolean;
  read: (text: string) => Reading<T>;
  onSave: (value: T) => Promise<void>;
  /** The product's own value, offered as a one-click reset when the saved text differs from it. */
  defaultText?: string;
  rows?: number;
}

/** A setting edited as free text: checked on save, with the problem shown under the field. */
export function TextAreaSetting<T>(props: TextAreaSettingProps<T>) {
  const { text: saved, locked } = props;
  const fieldId = useId();
  const [text, setText] = useState(saved);
  const [edited, setEdited] = useState(false);
  const [invalid, setInvalid] = useState<string>();
  const action = useAsyncAction();
  // A change saved elsewhere (another tab, the policy) shows here, unless the person is typing.
  useEffect(() => {
    if (!edited) setText(saved);
  }, [saved, edited]);

  async function save(value: string): Promise<void> {
    const reading = props.read(value);
    if (!reading.ok) return setInvalid(reading.message);
    setInvalid(undefined);
    if (await action.run(() => props.onSave(reading.value))) setEdited(false);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(text);
  };

  return (
    <SettingGroup id={props.id} title={props.title} locked={locked} description={props.description} error={action.error}>
      <form onSubmit={submit} noValidate>
        <div className="hp-field">
          <label htmlFor={fieldId}>{props.label}</label>
          <textarea
            id={fieldId}
            rows={props.rows ?? 4}
            value={text}
            readOnly={locked}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${fieldId}-error` : undefined}
            onChange={(event) => {
              setEdited(true);
              setText(event.target.value);
            }}
          />
          {invalid ? (
            <span id={`${fieldId}-error`} className="hp-field-error">
              {invalid}
            </span>
          ) : null}
        </div>
        {locked ? null : (
          <div className="hp-actions">
            <button type="submit" className="hp-button" disabled={action.pending || !edited}>
              Save
            </button>
            {props.defaultText !== undefined && saved !== props.defaultText ? (
              <button type="button" className="hp-button hp-button--secondary" disabled={action.pending} onClick={() => void save(props.defaultText ?? '')}>
                Restore the default
              </button>
            ) : null}
          </div>
        )}
      </form>
    </SettingGroup>
  );
}
