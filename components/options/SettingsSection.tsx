import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SignalInfo } from '@/lib/options/signal-info';
import { DisabledSignalsSetting } from './DisabledSignalsSetting';
import { RetentionSetting } from './RetentionSetting';
import { SignalWeightsSetting } from './SignalWeightsSetting';
import { SubscriptionsSetting, type SubscriptionsSettingProps } from './SubscriptionsSetting';
import { TrustedKeysSetting } from './TrustedKeysSetting';

export interface SettingsSectionProps {
  /** Undefined while loading. */
  current: EffectiveSettings | undefined;
  loadError: string | undefined;
  save: (changes: Partial<Settings>) => Promise<void>;
  signals: readonly SignalInfo[];
  subscriptions: Pick<SubscriptionsSettingProps, 'outcomeOf' | 'requestPermission' | 'refreshNow'>;
}

/** Every setting, each read-only with a note when the organisation's policy sets it. */
export function SettingsSection({ current, loadError, save, signals, subscriptions }: SettingsSectionProps) {
  return (
    <section aria-labelledby="settings-heading" className="hp-section">
      <h2 id="settings-heading">Settings</h2>
      {loadError ? (
        <p role="alert" className="hp-error">
          Settings could not be read: {loadError}
        </p>
      ) : null}
      {current && current.problems.length > 0 ? (
        <div role="alert" className="hp-notice">
          <p>Some settings could not be used as stored; defaults apply to these:</p>
          <ul>
            {current.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {current === undefined ? (
        loadError ? null : <p className="hp-muted">Loading settings…</p>
      ) : (
        <>
          <TrustedKeysSetting keys={current.settings.trustedKeys} locked={current.locked.has('trustedKeys')} onSave={(trustedKeys) => save({ trustedKeys })} />
          <SubscriptionsSetting
            subscriptions={current.settings.subscriptions}
            locked={current.locked.has('subscriptions')}
            editable={current.settings.recruitersMayEditLists}
            onSave={(list) => save({ subscriptions: list })}
            {...subscriptions}
          />
          <SignalWeightsSetting
            signals={signals}
            weights={current.settings.signalWeights}
            locked={current.locked.has('signalWeights')}
            onSave={(signalWeights) => save({ signalWeights })}
          />
          <DisabledSignalsSetting
            signals={signals}
            disabled={current.settings.disabledSignals}
            locked={current.locked.has('disabledSignals')}
            onSave={(disabledSignals) => save({ disabledSignals })}
          />
          <RetentionSetting days={current.settings.retentionDays} locked={current.locked.has('retentionDays')} onSave={(retentionDays) => save({ retentionDays })} />
        </>
      )}
    </section>
  );
}
