import { count } from '@/lib/lists/result';
import { describeOrigin } from '@/lib/options/describe-origin';
import type { PartDiff } from '@/lib/options/list-diff';
import { isExpired } from '@/lib/options/list-dates';
import type { ListPreview } from '@/lib/options/list-job-protocol';
import { describeSignature } from '@/lib/options/signature-input';

export interface ListPreviewCardProps {
  preview: ListPreview;
  now: number;
}

const FORMAT_NAMES: Record<ListPreview['format'], string> = {
  native: 'HireProof list',
  csv: 'CSV',
  misp: 'MISP event',
  stix: 'STIX 2.1 bundle',
};

function DiffRow({ label, diff, noun }: { label: string; diff: PartDiff; noun: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="hp-num" data-testid={`${noun}-added`}>
        {diff.added.toLocaleString('en-US')}
      </td>
      <td className="hp-num" data-testid={`${noun}-removed`}>
        {diff.removed.toLocaleString('en-US')}
      </td>
      <td className="hp-num" data-testid={`${noun}-changed`}>
        {diff.changed.toLocaleString('en-US')}
      </td>
      <td className="hp-num">{diff.unchanged.toLocaleString('en-US')}</td>
    </tr>
  );
}

/** Everything about one list that applying would store, and what it would change. */
export function ListPreviewCard({ preview, now }: ListPreviewCardProps) {
  const headingId = `preview-${preview.source}`;
  const signatureFailed = preview.signature.state === 'failed';
  return (
    <article className="hp-card" aria-labelledby={headingId} data-list-id={preview.id}>
      <h4 id={headingId} className="hp-card__title">
        {preview.title} <code className="hp-muted">{preview.id}</code>
      </h4>
      <dl className="hp-facts">
        <dt>From</dt>
        <dd>
          {preview.file} ({FORMAT_NAMES[preview.format]})
        </dd>
        <dt>Author</dt>
        <dd>{preview.author}</dd>
        <dt>Entries</dt>
        <dd data-testid="entry-count">{count(preview.entryCount, 'entry')}</dd>
        <dt>Filters, weight overrides</dt>
        <dd>
          {preview.filterCount.toLocaleString('en-US')}, {preview.overrideCount.toLocaleString('en-US')}
        </dd>
        <dt>Dates</dt>
        <dd>
          created {preview.created}, modified {preview.modified}
          {preview.expires ? `, expires ${preview.expires}` : ''}
          {isExpired(preview.expires, now) ? <span className="hp-badge hp-badge--warn">Expired</span> : null}
        </dd>
        <dt>Signature</dt>
        <dd className={signatureFailed ? 'hp-text-error' : undefined} data-testid="signature-status">
          {describeSignature(preview.signature)}
        </dd>
      </dl>
      {preview.description ? <p className="hp-description">{preview.description}</p> : null}

      {preview.stored && preview.diff ? (
        <div className="hp-diff">
          <p>
            Replaces the stored list “{preview.stored.title}” ({count(preview.stored.entryCount, 'entry')}, {preview.stored.enabled ? 'on' : 'off'};{' '}
            {describeOrigin(preview.stored.origin).toLowerCase()}). It stays {preview.stored.enabled ? 'on' : 'off'}.
          </p>
          <table className="hp-table hp-table--compact">
            <caption className="hp-visually-hidden">Changes compared with the stored list</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">Added</th>
                <th scope="col">Removed</th>
                <th scope="col">Changed</th>
                <th scope="col">Unchanged</th>
              </tr>
            </thead>
            <tbody>
              <DiffRow label="Entries" diff={preview.diff.entries} noun="entries" />
              <DiffRow label="Filters" diff={preview.diff.filters} noun="filters" />
              <DiffRow label="Weight overrides" diff={preview.diff.weightOverrides} noun="overrides" />
            </tbody>
          </table>
          {preview.diff.metadata.length > 0 ? <p>Details that change: {preview.diff.metadata.join(', ')}.</p> : null}
        </div>
      ) : (
        <p data-testid="new-list">A new list: nothing stored has the id “{preview.id}”. It will be on once applied.</p>
      )}

      {preview.warningCount > 0 ? (
        <details className="hp-warnings">
          <summary>{count(preview.warningCount, 'warning')}: parts of the input that were not imported</summary>
          <ul>
            {preview.warnings.map((warning, i) => (
              // Warnings can repeat word for word; their order is fixed.
              <li key={i}>{warning}</li>
            ))}
          </ul>
          {preview.warningCount > preview.warnings.length ? <p>and {(preview.warningCount - preview.warnings.length).toLocaleString('en-US')} more</p> : null}
        </details>
      ) : null}
    </article>
  );
}
