import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../lib/lists/csv';
import { CSV_BOM } from '../../../lib/review/csv';
import { QUEUE_CSV_HEADINGS, queueCsvLine, queueCsvParts } from '../../../lib/review/queue-csv';
import { collectInSlices } from '../../../lib/review/run-in-slices';
import { makeRow } from './queue-rows';

const titles = new Map([['reused-phone', 'Phone shared with another applicant']]);
const fields = (line: string) => {
  const read = readCsv(line, 2);
  if (!read.ok) throw new Error(read.message);
  return Object.fromEntries(QUEUE_CSV_HEADINGS.map((h, i) => [h, read.records[0]?.fields[i]]));
};

describe('queue CSV', () => {
  it.each([
    {
      row: makeRow({ candidateId: 'c1', names: ['Jordan Doe', 'J. Doe'], emails: ['j@x.test'], score: 73.6, band: 'high', hits: ['reused-phone'], flagged: true, flagReason: 'Same phone', decision: 'needs-verification' }),
      expected: { Applicant: 'Jordan Doe', 'Other names': 'J. Doe', 'E-mail addresses': 'j@x.test', Score: '74', Band: 'high', 'Flagged by a recruiter': 'yes', 'Flag reason': 'Same phone', Hits: 'Phone shared with another applicant', 'Hit signal ids': 'reused-phone', 'Seen on': 'Greenhouse', Decision: 'Needs verification', 'Candidate id': 'c1' },
    },
    {
      row: makeRow({ candidateId: 'c2', score: undefined, band: undefined }),
      expected: { Score: '', Band: 'not assessed', Hits: '', Decision: 'Not decided', 'Decided at': '' },
    },
    {
      row: makeRow({ candidateId: 'c3', score: undefined, band: 'high', pending: true }),
      expected: { Score: '', Band: 'high' },
    },
    {
      // Page text that would be a formula, markup or break the columns stays one harmless cell each.
      row: makeRow({ candidateId: 'c4', names: ['=HYPERLINK("http://evil.test","Click")', '@cmd, "x"\r\nnext'], emails: ['+1@x.test'], flagReason: '-1+1' }),
      expected: { Applicant: `'=HYPERLINK("http://evil.test","Click")`, 'Other names': `'@cmd, "x"\r\nnext`, 'E-mail addresses': "'+1@x.test", 'Flag reason': "'-1+1" },
    },
  ])('$row.candidateId', ({ row, expected }) => {
    expect(fields(queueCsvLine(row, titles))).toMatchObject(expected);
  });

  it('starts with the byte-order mark and the headings, then the rows in the order given', async () => {
    const rows = [makeRow({ candidateId: 'b' }), makeRow({ candidateId: 'a' })];
    const text = (await collectInSlices(queueCsvParts(rows, titles))).join('');
    expect(text.startsWith(`${CSV_BOM}Applicant,Other names,`)).toBe(true);
    const read = readCsv(text.slice(1), 10);
    expect(read.ok && read.records.map((r) => r.fields.at(-1))).toEqual(['Candidate id', 'b', 'a']);
  });

  it('100,000 rows are built in slices, the page getting a turn between them, with progress to the end', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => makeRow({ candidateId: `c${i}`, names: [`Applicant ${i}`], hits: ['reused-phone'] }));
    const progress: number[] = [];
    let turns = 0;
    const parts = await collectInSlices(queueCsvParts(rows, titles), { budgetMs: 5, onProgress: (done) => progress.push(done), yieldTask: async () => void turns++ });
    expect(parts.length).toBe(1 + 100_000 / 500);
    expect(turns).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const text = parts.join('');
    expect(text.split('\r\n').length).toBe(100_000 + 2);
  });
});
