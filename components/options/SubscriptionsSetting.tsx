import { useId, useState, type FormEvent } from 'react';
import { parseNumberInput } from '@/lib/options/number-input';
import type { RefreshOutcome } from '@/lib/options/subscription-outcome';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { DEFAULT_REFRESH_HOURS, MAX_REFRESH_HOURS, MIN_REFRESH_HOURS, SubscriptionSchema, type Subscription } from '@/lib/settings/settings-schema';
import type { SubscriptionRefreshResult } from '@/lib/subscriptions/refresh-reply';
import { formatDateTime } from '../panel-format';
import { ConfirmButton } from './ConfirmButton';
import { ScrollTable } from './ScrollTable';
import { SettingGroup } from './SettingGroup';
import { UrlInput } from './UrlInput';

export interface SubscriptionsSettingProps {
  subscriptions: readonly Subscription[];
  /** Fixed by policy. */
  locked: boolean;
  /** Lists may be edited here (a subscription brings lists in). */
  editable: boolean;
  outcomeOf: (url: string) => RefreshOutcome | undefined;
  onSave: (subscriptions: Subscription[]) => Promise<void>;
  /** Asks for host permission for the URL; throws a sentence when refused. */
  requestPermission: (url: string) => Promise<void>;
  refreshNow: () => Promise<SubscriptionRefreshResult[]>;
}

function Outcome({ outcome }: { outcome: RefreshOutcome | undefined }) {
  if (!outcome) return <span className="hp-muted">Not refreshed yet</span>;
  return (
    <span className={outcome.ok ? undefined : 'hp-text-error'}>
      {outcome.ok ? 'OK' : 'Failed'} {formatDateTime(outcome.at)}: {outcome.message}
    </span>
  );
}

/** Lists fetched from a URL and kept up to date by the background. */
export function SubscriptionsSetting({ subscriptions, locked, editable, outcomeOf, onSave, requestPermission, refreshNow }: SubscriptionsSettingProps) {
  const base = useId();
  const [url, setUrl] = useState('');
  const [hours, setHours] = useState(String(DEFAULT_REFRESH_HOURS));
  const [invalid, setInvalid] = useState<string>();
  const [results, setResults] = useState<SubscriptionRefreshResult[]>();
  const saving = useAsyncAction();
  const refreshing = useAsyncAction();
  const canEdit = !locked && editable;

  function add(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const interval = parseNumberInput(hours, { min: MIN_REFRESH_HOURS, max: MAX_REFRESH_HOURS, integer: true });
    if (!interval.ok) {
      setInvalid(`Refresh interval: ${interval.message}`);
      return;
    }
    const parsed = SubscriptionSchema.safeParse({ url: url.trim(), refreshHours: interval.value });
    if (!parsed.success) {
      setInvalid(`Address: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
      return;
    }
    if (subscriptions.some((s) => s.url === parsed.data.url)) {
      setInvalid('This address is already subscribed.');
      return;
    }
    setInvalid(undefined);
    void saving
      .run(async () => {
        // First await of the click: the permission prompt needs the person's gesture.
        await requestPermission(parsed.data.url);
        await onSave([...subscriptions, parsed.data]);
      })
      .then((ok) => {
        if (ok) setUrl('');
      });
  }

  const refresh = () =>
    void refreshing.run(async () => {
      setResults(undefined);
      setResults(await refreshNow());
    });

  return (
    <SettingGroup
      id="setting-subscriptions"
      title="Subscriptions"
      locked={locked}
      description="Signed lists downloaded from these addresses and refreshed in the background. Removing one keeps the list it delivered; delete that under Signal lists."
      error={saving.error ?? refreshing.error}
    >
      {subscriptions.length === 0 ? (
        <p>No subscription.</p>
      ) : (
        <ScrollTable compact columns={['Address', 'Refreshed every', 'Last refresh', ...(canEdit ? [{ hidden: 'Remove' }] : [])]}>
          {subscriptions.map((subscription) => (
            <tr key={subscription.url}>
              <th scope="row" className="hp-url">
                {subscription.url}
              </th>
              <td>{subscription.refreshHours} h</td>
              <td>
                <Outcome outcome={outcomeOf(subscription.url)} />
              </td>
              {canEdit ? (
                <td>
                  <ConfirmButton
                    label="Remove"
                    accessibleLabel={`Remove the subscription ${subscription.url}`}
                    question="Stop refreshing this list?"
                    confirmLabel="Remove subscription"
                    disabled={saving.pending}
                    onConfirm={() => void saving.run(() => onSave(subscriptions.filter((s) => s.url !== subscription.url)))}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </ScrollTable>
      )}
      <div className="hp-actions">
        <button type="button" className="hp-button hp-button--secondary" disabled={subscriptions.length === 0 || refreshing.pending} onClick={refresh}>
          {refreshing.pending ? 'Refreshing…' : 'Refresh now'}
        </button>
      </div>
      <div role="status">
        {results ? (
          <ul className="hp-plain-list">
            {results.map((r) => (
              <li key={r.url} className={r.ok ? undefined : 'hp-text-error'}>
                {r.url}: {r.ok ? '' : 'failed: '}
                {r.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {canEdit ? (
        <form className="hp-inline-form" aria-label="Add a subscription" onSubmit={add} noValidate>
          <div className="hp-field hp-field--wide">
            <label htmlFor={`${base}-url`}>Address of a signed list</label>
            <UrlInput id={`${base}-url`} value={url} onChange={setUrl} errorId={invalid ? `${base}-error` : undefined} />
          </div>
          <div className="hp-field hp-field--short">
            <label htmlFor={`${base}-hours`}>Refresh every (hours)</label>
            <input
              id={`${base}-hours`}
              type="text"
              inputMode="numeric"
              className="hp-input-short"
              value={hours}
              onChange={(event) => setHours(event.target.value)}
            />
          </div>
          <button type="submit" className="hp-button" disabled={saving.pending}>
            Add subscription
          </button>
          {invalid ? (
            <p id={`${base}-error`} className="hp-field-error" role="alert">
              {invalid}
            </p>
          ) : null}
        </form>
      ) : !locked && !editable ? (
        <p className="hp-muted">Your organisation’s policy does not allow adding lists in this browser.</p>
      ) : null}
    </SettingGroup>
  );
}
