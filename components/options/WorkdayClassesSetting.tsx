import { useId, useRef, useState, type FormEvent } from 'react';
import { checkWorkdayClass } from '@/lib/options/workday-class-input';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { ConfirmButton } from './ConfirmButton';
import { SettingGroup } from './SettingGroup';

export interface WorkdayClassesSettingProps {
  /** The saved candidate classes. */
  classes: readonly string[];
  /** Fixed by policy. */
  locked: boolean;
  /** People using this browser may change what HireProof reads (the policy's recruitersMayEditLists). */
  editable: boolean;
  onSave: (classes: string[]) => Promise<void>;
}

/**
 * Which Workday class is this organisation's candidate profile: someone pastes one candidate's
 * address, sees the class id it shows (or why it shows none), and adds it.
 */
export function WorkdayClassesSetting({ classes, locked, editable, onSave }: WorkdayClassesSettingProps) {
  const base = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [added, setAdded] = useState<string>();
  const action = useAsyncAction();
  const canEdit = !locked && editable;
  // Read as the address is pasted, so the class id (or the reason there is none) shows before adding.
  const check = text.trim() === '' ? undefined : checkWorkdayClass(text, classes);

  async function add(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAdded(undefined);
    if (!check?.ok) {
      input.current?.focus();
      return;
    }
    // The pasted address stays in the field until the save succeeded.
    if (await action.run(() => onSave([...classes, check.classId]))) {
      setText('');
      setAdded(`Class ${check.classId} added: its pages are read as candidates from now on.`);
    }
  }

  return (
    <SettingGroup
      id="setting-workday-classes"
      title="Workday candidate pages"
      locked={locked}
      description="Workday addresses do not say what a page shows: a candidate, an employee and an expense report look alike, and only a class number in the address tells them apart. HireProof reads Workday pages of the classes saved here, and no others."
      error={action.error}
    >
      {classes.length === 0 ? (
        <p>No class saved: HireProof reads no Workday page.</p>
      ) : (
        <ul className="hp-plain-list" aria-label="Saved Workday candidate classes">
          {classes.map((classId) => (
            <li key={classId} className="hp-item-row" data-workday-class={classId}>
              <span>Class {classId}</span>
              {canEdit ? (
                <ConfirmButton
                  label="Remove"
                  accessibleLabel={`Remove class ${classId}`}
                  question={`Stop reading Workday pages of class ${classId} as candidates?`}
                  confirmLabel="Remove class"
                  disabled={action.pending}
                  onConfirm={() => void action.run(() => onSave(classes.filter((c) => c !== classId)))}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form className="hp-inline-form" aria-label="Add a Workday candidate class" onSubmit={(event) => void add(event)} noValidate>
          <div className="hp-field hp-field--wide">
            <label htmlFor={`${base}-address`}>Address of a candidate’s profile</label>
            <input
              ref={input}
              id={`${base}-address`}
              type="text"
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              placeholder="https://…myworkday.com/…/d/inst/…htmld"
              value={text}
              aria-invalid={check && !check.ok ? true : undefined}
              aria-describedby={`${base}-note`}
              onChange={(event) => {
                setAdded(undefined);
                setText(event.target.value);
              }}
            />
            <span id={`${base}-note`} aria-live="polite" className={check && !check.ok ? 'hp-field-error' : 'hp-hint'} data-testid="workday-class-reading">
              {check === undefined
                ? 'Open one candidate’s profile in your Workday and copy the address from the address bar.'
                : check.ok
                  ? `Class ${check.classId} found.`
                  : check.message}
            </span>
          </div>
          <button type="submit" className="hp-button" disabled={action.pending}>
            Add class
          </button>
        </form>
      ) : !locked && !editable ? (
        <p className="hp-muted">Your organisation’s policy does not allow changing this in this browser.</p>
      ) : null}
      <div role="status">{added ? <p className="hp-status">{added}</p> : null}</div>
    </SettingGroup>
  );
}
