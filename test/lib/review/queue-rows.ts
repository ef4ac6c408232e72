import type { QueueRow } from '../../../lib/review/queue-row';
import { foldText } from '../../../lib/review/queue-row';

/** A terse queue row for tests; only what a case cares about needs saying. */
export function makeRow(overrides: Partial<QueueRow> & Pick<QueueRow, 'candidateId'>): QueueRow {
  const names = overrides.names ?? [overrides.displayName ?? overrides.candidateId];
  const emails = overrides.emails ?? [];
  return {
    displayName: names[0] ?? overrides.candidateId,
    names,
    emails,
    score: 70,
    band: 'high',
    hits: [],
    sources: ['greenhouse'],
    lastSeenAt: 1_000,
    flagged: false,
    decision: 'undecided',
    searchText: foldText([...names, ...emails].join('\n')),
    ...overrides,
  };
}
