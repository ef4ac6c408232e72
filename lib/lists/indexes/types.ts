/**
 * Shapes shared by the list indexes. Entry values arrive already normalised by the list parser
 * (e-mails folded lower-case, domains lower-case, phones E.164, ip/cidr canonical text, 'AS123'),
 * so the indexes compare strings and numbers and never re-normalise list data.
 */

export interface IndexEntry {
  kind: string;
  value: string;
  listId: string;
  note?: string;
}

/** One list entry that matched one of the candidate's identifiers (`query`, as asked). */
export interface IndexMatch {
  listId: string;
  kind: string;
  value: string;
  note?: string;
  query: string;
}

export function toMatch(entry: IndexEntry, query: string): IndexMatch {
  const match: IndexMatch = { listId: entry.listId, kind: entry.kind, value: entry.value, query };
  if (entry.note !== undefined) match.note = entry.note;
  return match;
}
