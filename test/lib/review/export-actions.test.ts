import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import type { AuditRecord } from '../../../lib/db/records';
import { FalsePositiveFeedbackSchema } from '../../../lib/lists/feedback';
import { NO_AUDIT_FILTER } from '../../../lib/review/audit-filter';
import { createReviewExports, type ReviewExports } from '../../../lib/review/export-actions';
import { NO_FILTER } from '../../../lib/review/filter-queue';
import { at, caseWith } from './case-fixture';
import { makeRow } from './queue-rows';
import { seedCandidate } from './seed-review';

let db: HireProofDb;
let n = 0;
let saved: Array<{ fileName: string; blob: Blob }>;
let exports: ReviewExports;
let name = 'Pat Reviewer';
const NOW = at(20, 14);

beforeEach(() => {
  db = openDatabase(`export-actions-${n++}`);
  saved = [];
  name = 'Pat Reviewer';
  exports = createReviewExports(db, { now: () => NOW, download: (fileName, blob) => saved.push({ fileName, blob }), reviewerName: () => name });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const log = async (): Promise<AuditRecord[]> => (await db.auditLog.toArray()).filter((e) => e.at === NOW);

describe('review exports', () => {
  it.each([
    {
      name: 'case report',
      run: () => exports.caseReport(caseWith({ candidate: { ...caseWith().candidate, displayName: 'Zoë <script>O’Brien' } })),
      file: /^hireproof-case-zoe-script-o-brien-\d{4}-\d{2}-\d{2}\.html$/,
      entry: { action: 'report-exported', candidateId: 'cand-1', actor: 'reviewer', detail: { format: 'html', by: 'Pat Reviewer' } },
      type: 'text/html;charset=utf-8',
      content: 'Zoë &lt;script&gt;O’Brien',
    },
    {
      name: 'queue CSV',
      run: () => exports.queueCsv({ rows: [makeRow({ candidateId: 'c1', names: ['Ann'] })], signalTitles: new Map(), filter: { ...NO_FILTER, band: 'high', text: 'ann' } }),
      file: /^hireproof-review-queue-\d{4}-\d{2}-\d{2}\.csv$/,
      entry: { action: 'queue-exported', candidateId: '', actor: 'reviewer', detail: { format: 'csv', rows: 1, filter: 'band=high; search=yes', by: 'Pat Reviewer' } },
      type: 'text/csv;charset=utf-8',
      content: '\uFEFFApplicant,',
    },
  ])('$name: audited, then saved', async ({ run, file, entry, type, content }) => {
    const done = await run();
    expect(done.fileName).toMatch(file);
    expect(await log()).toEqual([{ id: expect.any(Number), at: NOW, ...entry }]);
    expect(saved.map((s) => s.fileName)).toEqual([done.fileName]);
    expect(saved[0]?.blob.type).toBe(type);
    // Blob.text() decodes as UTF-8 and drops a BOM; the bytes keep it.
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toContain(content);
  });

  it('false-positive feedback: the file follows the format, and the audit entry counts without naming anyone', async () => {
    await seedCandidate(db, { id: 'c1', falsePositiveSignalIds: ['reused-phone'], band: 'high', score: 70, hits: ['reused-phone'] });
    await seedCandidate(db, { id: 'c2' });
    name = '';
    const progress: Array<{ done: number; total?: number }> = [];
    const done = await exports.feedback({ onProgress: (p) => progress.push(p) });
    expect(done).toMatchObject({ count: 1, dropped: 0, fileName: expect.stringMatching(/^hireproof-false-positives-.*\.json$/) });
    const feedback = FalsePositiveFeedbackSchema.parse(JSON.parse(await saved[0]!.blob.text()));
    expect(feedback.marks).toEqual([expect.objectContaining({ candidateId: 'c1', signalId: 'reused-phone', currentOutcome: 'hit' })]);
    expect(feedback.generatedBy).toBeUndefined();
    expect(await log()).toEqual([{ id: expect.any(Number), at: NOW, action: 'feedback-exported', candidateId: '', actor: 'reviewer', detail: { format: 'json', marks: 1, entries: 0 } }]);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
  });

  it.each(['csv', 'json'] as const)('audit log as %s: every matching entry, then its own audit entry', async (format) => {
    await db.auditLog.bulkAdd([
      { at: 1, action: 'case-viewed', candidateId: 'c1', actor: 'reviewer', detail: {} },
      { at: 2, action: 'note-added', candidateId: 'c1', actor: 'recruiter', detail: { noteId: 'n1' } },
      { at: 3, action: 'case-viewed', candidateId: 'c2', actor: 'reviewer', detail: {} },
    ]);
    const done = await exports.auditLog({ filter: { ...NO_AUDIT_FILTER, action: 'case-viewed' }, format });
    expect(done.count).toBe(2);
    const text = await saved[0]!.blob.text();
    if (format === 'json') expect((JSON.parse(text) as { entries: Array<{ candidateId: string }> }).entries.map((e) => e.candidateId)).toEqual(['c2', 'c1']);
    else expect(text.trim().split('\r\n')).toHaveLength(3);
    expect(await log()).toEqual([
      { id: expect.any(Number), at: NOW, action: 'audit-exported', candidateId: '', actor: 'reviewer', detail: { format, rows: 2, filter: 'action=case-viewed', by: 'Pat Reviewer' } },
    ]);
  });

  it('an audit log export of one candidate is filed under that candidate (it shows on their timeline)', async () => {
    await db.auditLog.add({ at: 1, action: 'case-viewed', candidateId: 'c1', actor: 'reviewer', detail: {} });
    await exports.auditLog({ filter: { ...NO_AUDIT_FILTER, candidateId: ' c1 ' }, format: 'csv' });
    expect((await log())[0]).toMatchObject({ candidateId: 'c1', detail: { filter: 'candidate=c1' } });
  });

  it('when the audit log cannot be written, nothing is saved and the reason says so', async () => {
    db.close();
    await expect(exports.caseReport(caseWith())).rejects.toThrow(/could not be written to the audit log, so no file was made/);
    expect(saved).toEqual([]);
    await db.open();
  });
});
