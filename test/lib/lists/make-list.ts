/** A minimal valid native list as plain JSON data, for tests to vary one field at a time. */
export function rawList(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'hireproof-signal-list',
    version: 1,
    id: 'acme-fraud',
    title: 'ACME applicant fraud',
    author: 'ACME Security Operations',
    created: '2025-03-11',
    modified: '2025-04-02',
    references: [],
    entries: [],
    filters: [],
    weightOverrides: [],
    ...overrides,
  };
}

export const listText = (overrides: Record<string, unknown> = {}) => `${JSON.stringify(rawList(overrides), null, 2)}\n`;

export const metadata = {
  id: 'acme-csv',
  title: 'ACME CSV list',
  author: 'ACME Security Operations',
  created: '2025-03-11',
  modified: '2025-03-11',
};
