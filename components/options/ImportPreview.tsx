import type { ListPreview } from '@/lib/options/list-job-protocol';
import { DEFAULT_REFRESH_HOURS } from '@/lib/settings/settings-schema';
import { ListPreviewCard } from './ListPreviewCard';

export interface ImportPreviewProps {
  previews: ListPreview[];
  /** The URL that "keep refreshed" will add as a subscription. */
  subscribe?: string;
  now: number;
  onApply: () => void;
  onCancel: () => void;
}

/** The last look before anything is stored: Apply writes every list shown, Cancel writes nothing. */
export function ImportPreview({ previews, subscribe, now, onApply, onCancel }: ImportPreviewProps) {
  const failed = previews.filter((p) => p.signature.state === 'failed');
  const unsignedSubscription = subscribe !== undefined && previews.some((p) => p.signature.state !== 'verified');
  return (
    <div className="hp-preview">
      {previews.map((preview) => (
        <ListPreviewCard key={preview.source} preview={preview} now={now} />
      ))}
      {subscribe ? (
        <p className={unsignedSubscription ? 'hp-notice' : undefined}>
          Applying also adds the subscription {subscribe}, refreshed every {DEFAULT_REFRESH_HOURS} hours.
          {unsignedSubscription ? ' Subscriptions only accept lists signed with a trusted key, so its refreshes will fail until this list is signed.' : ''}
        </p>
      ) : null}
      {failed.length > 0 ? (
        <p role="alert" className="hp-error">
          A signature did not verify, so nothing can be applied. Remove the signature to import the list unsigned, or add the trusted key it was made with.
        </p>
      ) : null}
      <div className="hp-actions">
        <button type="button" className="hp-button" disabled={failed.length > 0} onClick={onApply}>
          Apply: store {previews.length === 1 ? 'this list' : `these ${previews.length} lists`}
        </button>
        <button type="button" className="hp-button hp-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
