import type { ListRecord } from '../../../lib/db/records';

/** List records as the lists table shows them; vary one field at a time. */
export function listRecord(overrides: Partial<ListRecord> = {}): ListRecord {
  return {
    id: 'acme-fraud',
    title: 'ACME applicant fraud',
    author: 'ACME Security Operations',
    created: '2026-03-11',
    modified: '2026-04-02',
    references: [],
    filters: [],
    weightOverrides: [],
    enabled: 1,
    entryCount: 1234,
    origin: { kind: 'file' },
    importedAt: 1,
    ...overrides,
  };
}
