import type { SignalInfo } from '@/lib/options/signal-info';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { SettingGroup } from './SettingGroup';

export interface DisabledSignalsSettingProps {
  signals: readonly SignalInfo[];
  disabled: readonly string[];
  locked: boolean;
  onSave: (disabled: string[]) => Promise<void>;
}

/** Which checks run at all. A check that is off shows as skipped in the panel, never as clean. */
export function DisabledSignalsSetting({ signals, disabled, locked, onSave }: DisabledSignalsSettingProps) {
  const action = useAsyncAction();
  const off = new Set(disabled);

  const toggle = (id: string, run: boolean) => {
    const next = run ? disabled.filter((d) => d !== id) : [...disabled, id];
    void action.run(() => onSave(next));
  };

  return (
    <SettingGroup
      id="setting-disabled"
      title="Checks that run"
      locked={locked}
      description="A check that is off is shown as skipped in the panel, with the reason."
      error={action.error}
    >
      <ul className="hp-plain-list hp-checks">
        {signals.map((signal) => (
          <li key={signal.id}>
            <label className="hp-check">
              <input
                type="checkbox"
                checked={!off.has(signal.id)}
                disabled={locked || action.pending}
                onChange={(event) => toggle(signal.id, event.target.checked)}
              />
              {signal.meta.title}
            </label>
          </li>
        ))}
      </ul>
    </SettingGroup>
  );
}
