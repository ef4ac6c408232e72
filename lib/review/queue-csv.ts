import { CSV_BOM, csvLine, type CsvValue } from './csv';
import { QUEUE_DECISION_LABELS } from './decision-history';
import { localDateTime } from './local-time';
import type { QueueRow } from './queue-row';
import type { Part } from './run-in-slices';
import { siteName } from './source-labels';

/** The queue's columns in a CSV export, in order: a heading and how a row fills it. */
const COLUMNS: ReadonlyArray<readonly [string, (row: QueueRow, title: (id: string) => string) => CsvValue]> = [
  ['Applicant', (r) => r.displayName],
  ['Other names', (r) => r.names.filter((n) => n !== r.displayName).join('; ')],
  ['E-mail addresses', (r) => r.emails.join('; ')],
  // A row still being read has its band, not yet its score: an empty cell, never a made-up number.
  ['Score', (r) => (r.score === undefined || r.pending === true ? undefined : Math.round(r.score))],
  ['Band', (r) => r.band ?? (r.pending === true ? '' : 'not assessed')],
  ['Flagged by a recruiter', (r) => (r.flagged ? 'yes' : 'no')],
  ['Flag reason', (r) => r.flagReason],
  ['Hits', (r, title) => r.hits.map(title).join('; ')],
  ['Hit signal ids', (r) => r.hits.join('; ')],
  ['Seen on', (r) => r.sources.map(siteName).join('; ')],
  ['Last seen', (r) => localDateTime(r.lastSeenAt)],
  ['Decision', (r) => QUEUE_DECISION_LABELS[r.decision]],
  ['Decided at', (r) => (r.decidedAt === undefined ? undefined : localDateTime(r.decidedAt))],
  ['Candidate id', (r) => r.candidateId],
];

export const QUEUE_CSV_HEADINGS: readonly string[] = COLUMNS.map(([heading]) => heading);

/** One applicant as a CSV record (with its line end). */
export function queueCsvLine(row: QueueRow, signalTitles: ReadonlyMap<string, string>): string {
  const title = (id: string) => signalTitles.get(id) ?? id;
  return csvLine(COLUMNS.map(([, cell]) => cell(row, title)));
}

/**
 * The export of `rows` (already filtered and sorted as shown) in parts of `rowsPerPart` records,
 * the byte-order mark and heading first; for collectInSlices, so a long queue is built in slices.
 */
export function* queueCsvParts(rows: readonly QueueRow[], signalTitles: ReadonlyMap<string, string>, rowsPerPart = 500): Generator<Part> {
  yield { text: CSV_BOM + csvLine(QUEUE_CSV_HEADINGS), done: 0 };
  for (let start = 0; start < rows.length; start += rowsPerPart) {
    const slice = rows.slice(start, start + rowsPerPart);
    yield { text: slice.map((row) => queueCsvLine(row, signalTitles)).join(''), done: start + slice.length };
  }
}
