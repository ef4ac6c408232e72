import { useId } from 'react';
import { dayEnd, dayStart, dayValue, dayValueBefore } from '../../lib/review/date-input';
import { QUEUE_DECISION_LABELS, type QueueDecision } from '../../lib/review/decision-history';
import { activeFilterCount, NO_FILTER, type QueueFilter } from '../../lib/review/filter-queue';
import type { QueueSort, QueueSortKey } from '../../lib/review/sort-queue';
import { siteName } from '../../lib/review/source-labels';
import type { Band } from '../../lib/risk/assessment';

export interface QueueFiltersProps {
  filter: QueueFilter;
  onFilterChange: (filter: QueueFilter) => void;
  sort: QueueSort;
  onSortChange: (sort: QueueSort) => void;
  /** Signals that hit somewhere in the queue, by id. */
  signalTitles: ReadonlyMap<string, string>;
  /** Adapter ids seen somewhere in the queue. */
  sources: readonly string[];
}

const BANDS: Array<[QueueFilter['band'], string]> = [['any', 'Any'], ['high', 'High'], ['elevated', 'Elevated'], ['low', 'Low'], ['unassessed', 'Not assessed']];
const REASONS: Array<[QueueFilter['reason'], string]> = [['any', 'Any'], ['flagged', 'Flagged by a recruiter'], ['high-score', 'High score']];
const SORT_KEYS: Array<[QueueSortKey, string]> = [['score', 'Score'], ['last-seen', 'Last seen'], ['name', 'Name'], ['decision', 'Decision']];

/** The queue's search, filters and sort order. Every control is a labelled native element. */
export function QueueFilters({ filter, onFilterChange, sort, onSortChange, signalTitles, sources }: QueueFiltersProps) {
  const id = useId();
  const set = (patch: Partial<QueueFilter>) => onFilterChange({ ...filter, ...patch });
  const signals = [...signalTitles.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const active = activeFilterCount(filter);

  return (
    <form className="hp-queue-filters" role="search" aria-label="Filter the review queue" onSubmit={(e) => e.preventDefault()}>
      <div className="hp-queue-filters__field hp-queue-filters__search">
        <label htmlFor={`${id}-text`}>Search names and e-mails</label>
        <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <Select id={`${id}-band`} label="Band" value={filter.band} options={BANDS} onChange={(band) => set({ band: band as Band | 'unassessed' | 'any' })} />
      <Select id={`${id}-reason`} label="Listed because" value={filter.reason} options={REASONS} onChange={(reason) => set({ reason: reason as QueueFilter['reason'] })} />
      <Select
        id={`${id}-signal`}
        label="Signal hit"
        value={filter.signalId}
        options={[['any', 'Any'], ...signals]}
        onChange={(signalId) => set({ signalId })}
      />
      <Select
        id={`${id}-source`}
        label="Seen on"
        value={filter.source}
        options={[['any', 'Any'], ...[...sources].sort().map((s): [string, string] => [s, siteName(s)])]}
        onChange={(source) => set({ source })}
      />
      <Select
        id={`${id}-decision`}
        label="Decision"
        value={filter.decision}
        options={[['any', 'Any'], ...(Object.entries(QUEUE_DECISION_LABELS) as Array<[QueueDecision, string]>)]}
        onChange={(decision) => set({ decision: decision as QueueFilter['decision'] })}
      />
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-from`}>Last seen from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.seenFrom === undefined ? '' : dayValue(filter.seenFrom)}
          onChange={(e) => set({ seenFrom: dayStart(e.target.value) })}
        />
      </div>
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-to`}>Last seen until</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.seenBefore === undefined ? '' : dayValueBefore(filter.seenBefore)}
          onChange={(e) => set({ seenBefore: dayEnd(e.target.value) })}
        />
      </div>
      <Select
        id={`${id}-sort`}
        label="Sort by"
        value={sort.key}
        options={SORT_KEYS}
        onChange={(key) => onSortChange({ ...sort, key: key as QueueSortKey })}
      />
      <Select
        id={`${id}-direction`}
        label="Order"
        value={sort.direction}
        options={[['desc', 'Descending'], ['asc', 'Ascending']]}
        onChange={(direction) => onSortChange({ ...sort, direction: direction === 'asc' ? 'asc' : 'desc' })}
      />
      {active > 0 ? (
        <button type="button" className="hp-button hp-button--secondary" onClick={() => onFilterChange(NO_FILTER)}>
          Clear {active === 1 ? 'the filter' : `${active} filters`}
        </button>
      ) : null}
    </form>
  );
}

function Select(props: { id: string; label: string; value: string; options: ReadonlyArray<readonly [string, string]>; onChange: (value: string) => void }) {
  return (
    <div className="hp-queue-filters__field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
