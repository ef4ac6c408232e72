import { useId } from 'react';
import { AUDIT_ACTIONS, type AuditAction, type AuditRecord } from '../../lib/db/records';
import { activeAuditFilterCount, NO_AUDIT_FILTER, type AuditFilter } from '../../lib/review/audit-filter';
import { AUDIT_ACTOR_LABELS, auditActionLabel } from '../../lib/review/audit-labels';
import { dayEnd, dayStart, dayValue, dayValueBefore } from '../../lib/review/date-input';

export interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
}

const ACTIONS = [...AUDIT_ACTIONS].sort((a, b) => auditActionLabel(a).localeCompare(auditActionLabel(b)));
const ACTORS = Object.keys(AUDIT_ACTOR_LABELS) as Array<AuditRecord['actor']>;

/** The audit log's filters: action, who, a range of days and one candidate's id. Native, labelled controls. */
export function AuditFilters({ filter, onChange }: AuditFiltersProps) {
  const id = useId();
  const set = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  const active = activeAuditFilterCount(filter);
  return (
    <form className="hp-queue-filters" role="search" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-action`}>Action</label>
        <select id={`${id}-action`} value={filter.action} onChange={(e) => set({ action: e.target.value as AuditAction | 'any' })}>
          <option value="any">Any</option>
          {ACTIONS.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </div>
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-actor`}>By</label>
        <select id={`${id}-actor`} value={filter.actor} onChange={(e) => set({ actor: e.target.value as AuditRecord['actor'] | 'any' })}>
          <option value="any">Anyone</option>
          {ACTORS.map((actor) => (
            <option key={actor} value={actor}>
              {AUDIT_ACTOR_LABELS[actor]}
            </option>
          ))}
        </select>
      </div>
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={filter.from === undefined ? '' : dayValue(filter.from)} onChange={(e) => set({ from: dayStart(e.target.value) })} />
      </div>
      <div className="hp-queue-filters__field">
        <label htmlFor={`${id}-until`}>Until</label>
        <input
          id={`${id}-until`}
          type="date"
          value={filter.before === undefined ? '' : dayValueBefore(filter.before)}
          onChange={(e) => set({ before: dayEnd(e.target.value) })}
        />
      </div>
      <div className="hp-queue-filters__field hp-queue-filters__search">
        <label htmlFor={`${id}-candidate`}>Candidate id</label>
        <input id={`${id}-candidate`} type="search" spellCheck={false} value={filter.candidateId} onChange={(e) => set({ candidateId: e.target.value })} />
      </div>
      {active > 0 ? (
        <button type="button" className="hp-button hp-button--secondary" onClick={() => onChange(NO_AUDIT_FILTER)}>
          Clear {active === 1 ? 'the filter' : `${active} filters`}
        </button>
      ) : null}
    </form>
  );
}
