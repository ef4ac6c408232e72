import { useEffect, useState, type FormEvent } from 'react';
import { parseNumberInput } from '@/lib/options/number-input';
import type { SignalInfo } from '@/lib/options/signal-info';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { useWarnBeforeLeaving } from '@/lib/options/use-warn-before-leaving';
import { ScrollTable } from './ScrollTable';
import { SettingGroup } from './SettingGroup';

export interface SignalWeightsSettingProps {
  signals: readonly SignalInfo[];
  weights: Readonly<Record<string, number>>;
  locked: boolean;
  onSave: (weights: Record<string, number>) => Promise<void>;
}

const asDraft = (weights: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, String(w)]));

/**
 * Each check's weight in the score: its own (from its metadata) and the organisation's override.
 * Edits are a draft until saved; an empty field means the check's own weight.
 */
export function SignalWeightsSetting({ signals, weights, locked, onSave }: SignalWeightsSettingProps) {
  const [draft, setDraft] = useState<Record<string, string>>(() => asDraft(weights));
  const [dirty, setDirty] = useState(false);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const action = useAsyncAction();
  useWarnBeforeLeaving(dirty);
  // Weights saved elsewhere (another tab, a policy) show here unless there are unsaved edits.
  useEffect(() => {
    if (!dirty) setDraft(asDraft(weights));
  }, [weights, dirty]);

  const edit = (id: string, value: string) => {
    setDirty(true);
    setDraft((d) => ({ ...d, [id]: value }));
  };

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const next: Record<string, number> = {};
    const problems: Record<string, string> = {};
    for (const signal of signals) {
      const text = draft[signal.id]?.trim() ?? '';
      if (text === '') continue;
      const parsed = parseNumberInput(text, { min: 0, max: 1 });
      if (parsed.ok) next[signal.id] = parsed.value;
      else problems[signal.id] = parsed.message;
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    if (await action.run(() => onSave(next))) setDirty(false);
  }

  return (
    <SettingGroup
      id="setting-weights"
      title="Check weights"
      locked={locked}
      description="How much a hit of each check adds to the risk score, from 0 to 1. Leave a field empty to use the check’s own weight."
      error={action.error}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <ScrollTable compact columns={['Check', 'Own weight', 'Weight used here', ...(locked ? [] : [{ hidden: 'Reset' }])]}>
          {signals.map((signal) => {
            const inputId = `weight-${signal.id}`;
            const error = invalid[signal.id];
            return (
              <tr key={signal.id}>
                <th scope="row">
                  <label htmlFor={inputId}>{signal.meta.title}</label>
                  <code className="hp-cell-note">{signal.id}</code>
                </th>
                <td className="hp-num">{signal.meta.weight}</td>
                <td>
                  <input
                    id={inputId}
                    type="text"
                    inputMode="decimal"
                    className="hp-input-short"
                    placeholder={String(signal.meta.weight)}
                    value={draft[signal.id] ?? ''}
                    readOnly={locked}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    onChange={(event) => edit(signal.id, event.target.value)}
                  />
                  {error ? (
                    <span id={`${inputId}-error`} className="hp-field-error">
                      {error}
                    </span>
                  ) : null}
                </td>
                {locked ? null : (
                  <td>
                    <button
                      type="button"
                      className="hp-button hp-button--secondary"
                      aria-label={`Reset the weight of “${signal.meta.title}”`}
                      disabled={(draft[signal.id] ?? '') === ''}
                      onClick={() => edit(signal.id, '')}
                    >
                      Reset
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </ScrollTable>
        {locked ? null : (
          <div className="hp-actions">
            <button type="submit" className="hp-button" disabled={!dirty || action.pending}>
              Save weights
            </button>
            {dirty ? <span className="hp-muted">Unsaved changes</span> : null}
          </div>
        )}
      </form>
    </SettingGroup>
  );
}
