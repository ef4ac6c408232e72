import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SignalInfo } from '@/lib/options/signal-info';
import { DisabledSignalsSetting } from './DisabledSignalsSetting';
import { RetentionSetting } from './RetentionSetting';
import { SignalWeightsSetting } from './SignalWeightsSetting';
import { SubscriptionsSetting, type SubscriptionsSettingProps } from './SubscriptionsSetting';
import { TextAreaSetting } from './TextAreaSetting';
import { TrustedKeysSetting } from './TrustedKeysSetting';
import { WorkdayClassesSetting } from './WorkdayClassesSetting';
import { readConsentNotice, readSelfNames } from '@/lib/options/interview-setting-text';
import { DEFAULT_CONSENT_NOTICE } from '@/lib/meeting/consent-notice';

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
          <TextAreaSetting
            id="setting-consent-notice"
            title="Liveness consent notice"
            description="What the recruiter reads to the candidate before liveness checks start in a video interview. Each liveness summary keeps the text that was shown."
            label="Notice"
            rows={7}
            text={current.settings.livenessConsentNotice}
            defaultText={DEFAULT_CONSENT_NOTICE}
            locked={current.locked.has('livenessConsentNotice')}
            read={readConsentNotice}
            onSave={(livenessConsentNotice) => save({ livenessConsentNotice })}
          />
          <TextAreaSetting
            id="setting-self-names"
            title="Your names in video calls"
            description="The names you appear under in video calls, one per line. Your own tile is never checked; Zoom's web client can only tell it by name."
            label="Names"
            text={current.settings.meetingSelfNames.join('\n')}
            locked={current.locked.has('meetingSelfNames')}
            read={readSelfNames}
            onSave={(meetingSelfNames) => save({ meetingSelfNames })}
          />
          <WorkdayClassesSetting
            classes={current.settings.workdayCandidateClasses}
            locked={current.locked.has('workdayCandidateClasses')}
            editable={current.settings.recruitersMayEditLists}
            onSave={(workdayCandidateClasses) => save({ workdayCandidateClasses })}
          />
        </>
      )}
    </section>
  );
}
