import { useId, useState } from 'react';
import type { TimelineEntry } from '../../lib/review/build-timeline';
import { formatDateTime, isoOrUndefined } from '../panel-format';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  sighting: 'Sighting',
  interview: 'Interview',
  note: 'Note',
  evidence: 'Evidence',
  decision: 'Decision',
  assessment: 'Score',
  audit: 'Action',
  view: 'View',
};

/** The case's events, newest first. Views of the case are logged too; they are shown on request. */
export function CaseTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const id = useId();
  const [showViews, setShowViews] = useState(false);
  const views = entries.filter((e) => e.kind === 'view').length;
  const shown = showViews ? entries : entries.filter((e) => e.kind !== 'view');
  return (
    <>
      <p>
        <input id={id} type="checkbox" checked={showViews} onChange={(e) => setShowViews(e.target.checked)} />{' '}
        <label htmlFor={id}>Include views of this case ({views})</label>
      </p>
      {shown.length === 0 ? (
        <p className="hp-muted">Nothing recorded yet.</p>
      ) : (
        <ol className="hp-timeline" aria-label="Timeline, newest first">
          {shown.map((entry) => (
            <li key={entry.key} className={`hp-timeline__entry hp-timeline__entry--${entry.kind}`} data-kind={entry.kind}>
              <time dateTime={isoOrUndefined(entry.at)}>{formatDateTime(entry.at)}</time>
              <span className="hp-timeline__kind">{KIND_LABELS[entry.kind]}</span>
              <span className="hp-timeline__title">{entry.title}</span>
              {entry.detail !== undefined ? <p className="hp-timeline__detail">{entry.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
