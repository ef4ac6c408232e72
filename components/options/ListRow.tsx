import type { ListRecord } from '@/lib/db/records';
import { count } from '@/lib/lists/result';
import { describeOrigin } from '@/lib/options/describe-origin';
import { isExpired } from '@/lib/options/list-dates';
import type { ListHits } from '@/lib/options/list-hits';
import { formatDateTime } from '../panel-format';
import { ConfirmButton } from './ConfirmButton';

export interface ListRowProps {
  list: ListRecord;
  /** Undefined while counting, an Error when counting failed. */
  hits: ListHits | Error | undefined;
  editable: boolean;
  /** An action on this list is running: its controls wait. */
  busy: boolean;
  /** The state a running switch asked for, shown until the stored state follows. */
  switchingTo?: boolean;
  now: number;
  onSetEnabled: (enabled: boolean) => void;
  onExport: () => void;
  onDelete: () => void;
}

function HitsCell({ hits }: { hits: ListRowProps['hits'] }) {
  if (hits === undefined) return <span className="hp-muted">counting…</span>;
  if (hits instanceof Error) return <span className="hp-muted">not counted</span>;
  return (
    <>
      {count(hits.candidates, 'candidate')}
      {hits.falsePositives > 0 ? <span className="hp-muted hp-cell-note">{hits.falsePositives} marked false positive</span> : null}
    </>
  );
}

/** One stored list in the lists table; the row header is its title. */
export function ListRow({ list, hits, editable, busy, switchingTo, now, onSetEnabled, onExport, onDelete }: ListRowProps) {
  const expired = isExpired(list.expires, now);
  const enabled = switchingTo ?? list.enabled === 1;
  return (
    <tr data-list-id={list.id} className={enabled ? undefined : 'hp-row--disabled'}>
      <th scope="row">
        <span className="hp-list-title">{list.title}</span>
        <code className="hp-cell-note">{list.id}</code>
      </th>
      <td>{list.author}</td>
      <td>{list.category === 'vpn-hosting' ? 'VPN and hosting networks' : 'Fraud indicators'}</td>
      <td className="hp-num">{list.entryCount.toLocaleString('en-US')}</td>
      <td>
        {editable ? (
          <label className="hp-toggle">
            <input type="checkbox" checked={enabled} disabled={busy} onChange={(event) => onSetEnabled(event.target.checked)} />
            <span>{enabled ? 'On' : 'Off'}</span>
            <span className="hp-visually-hidden"> – use the list “{list.title}”</span>
          </label>
        ) : (
          <span>{enabled ? 'On' : 'Off'}</span>
        )}
      </td>
      <td>
        {describeOrigin(list.origin)}
        {list.lastRefresh ? (
          <span className={`hp-cell-note ${list.lastRefresh.ok ? '' : 'hp-text-error'}`}>
            {list.lastRefresh.ok ? 'Refreshed' : 'Refresh failed'} {formatDateTime(list.lastRefresh.at)}
            {list.lastRefresh.message ? `: ${list.lastRefresh.message}` : ''}
          </span>
        ) : null}
      </td>
      <td>{list.verifiedBy ? <>Key “{list.verifiedBy}”</> : <span className="hp-muted">Not signed</span>}</td>
      <td>{list.modified}</td>
      <td>
        {list.expires ?? <span className="hp-muted">never</span>}
        {expired ? <span className="hp-badge hp-badge--warn">Expired</span> : null}
      </td>
      <td>
        <HitsCell hits={hits} />
      </td>
      <td>
        <div className="hp-row-actions">
          <button type="button" className="hp-button hp-button--secondary" aria-label={`Export “${list.title}”`} disabled={busy} onClick={onExport}>
            Export
          </button>
          {editable ? (
            <ConfirmButton
              label="Delete"
              accessibleLabel={`Delete “${list.title}”`}
              question={`Delete “${list.title}” and its ${count(list.entryCount, 'entry')}? This cannot be undone.`}
              confirmLabel="Delete list"
              disabled={busy}
              onConfirm={onDelete}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
