import type { HireProofDb } from '../db/database';
import { AUDIT_JSON_END, auditCsvHeader, auditCsvLine, auditJsonEntry, auditJsonStart } from './audit-export';
import { describeAuditFilter, type AuditFilter } from './audit-filter';
import { auditBatches } from './audit-scan';
import { caseReportHtml } from './case-report-html';
import { buildFeedback, formatFeedback } from './false-positive-feedback';
import { describeQueueFilter, type QueueFilter } from './filter-queue';
import type { CaseData } from './load-case';
import { loadFeedbackCandidates } from './load-feedback';
import { fileDay } from './local-time';
import { queueCsvParts } from './queue-csv';
import type { QueueRow } from './queue-row';
import { recordExport } from './record-export';
import { collectInSlices } from './run-in-slices';
import { signalExplanations } from './signal-explanation';

/** How far a long export has got: items done, out of `total` when it is known. */
export interface ExportProgress {
  done: number;
  total?: number;
}
type OnProgress = (progress: ExportProgress) => void;

export interface ExportDone {
  fileName: string;
  /** Rows, entries or marks written. */
  count: number;
}

/** The review pages' exports. Each builds its file, audits the export, then hands the file over. */
export interface ReviewExports {
  caseReport: (data: CaseData) => Promise<ExportDone>;
  queueCsv: (input: { rows: readonly QueueRow[]; signalTitles: ReadonlyMap<string, string>; filter: QueueFilter; onProgress?: OnProgress }) => Promise<ExportDone>;
  feedback: (input?: { onProgress?: OnProgress }) => Promise<ExportDone & { dropped: number }>;
  auditLog: (input: { filter: AuditFilter; format: 'csv' | 'json'; onProgress?: OnProgress }) => Promise<ExportDone>;
}

export interface ExportDeps {
  now: () => number;
  /** Saves the file (lib/options/download-file.ts in the pages). */
  download: (fileName: string, blob: Blob) => void;
  /** The name the reviewer gave for exports; '' when none. */
  reviewerName: () => string;
}

/** Lower-case letters, digits and dashes: a page's name can hold anything, a file name must not. */
function slug(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

export function createReviewExports(db: HireProofDb, deps: ExportDeps): ReviewExports {
  const by = () => deps.reviewerName().trim().slice(0, 200);
  const withBy = (detail: Record<string, string | number>) => (by() === '' ? detail : { ...detail, by: by() });

  return {
    async caseReport(data) {
      const now = deps.now();
      const ids = data.assessment?.results.map((r) => r.signalId) ?? [];
      const text = caseReportHtml({ data, explanations: signalExplanations(ids), generatedAt: now, generatedBy: by() });
      const fileName = `hireproof-case-${slug(data.candidate.displayName) || 'applicant'}-${fileDay(now)}.html`;
      await recordExport(db, { action: 'report-exported', candidateId: data.candidate.id, now, detail: withBy({ format: 'html' }) });
      deps.download(fileName, new Blob([text], { type: 'text/html;charset=utf-8' }));
      return { fileName, count: 1 };
    },

    async queueCsv({ rows, signalTitles, filter, onProgress }) {
      const parts = await collectInSlices(queueCsvParts(rows, signalTitles), { onProgress: (done) => onProgress?.({ done, total: rows.length }) });
      const now = deps.now();
      const fileName = `hireproof-review-queue-${fileDay(now)}.csv`;
      await recordExport(db, { action: 'queue-exported', candidateId: '', now, detail: withBy({ format: 'csv', rows: rows.length, filter: describeQueueFilter(filter) }) });
      deps.download(fileName, new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      return { fileName, count: rows.length };
    },

    async feedback({ onProgress } = {}) {
      const total = await db.candidates.count();
      const candidates = await loadFeedbackCandidates(db, { onProgress: (done) => onProgress?.({ done, total }) });
      const now = deps.now();
      const { feedback, dropped } = buildFeedback({ candidates, generatedAt: now, generatedBy: by() });
      const fileName = `hireproof-false-positives-${fileDay(now)}.json`;
      await recordExport(db, {
        action: 'feedback-exported',
        candidateId: '',
        now,
        detail: withBy({ format: 'json', marks: feedback.marks.length, entries: feedback.entries.length, ...(dropped > 0 ? { dropped } : {}) }),
      });
      deps.download(fileName, new Blob([formatFeedback(feedback)], { type: 'application/json' }));
      return { fileName, count: feedback.marks.length, dropped };
    },

    async auditLog({ filter, format, onProgress }) {
      const now = deps.now();
      const total = filter.candidateId.trim() === '' ? await db.auditLog.count() : undefined;
      const parts = [format === 'csv' ? auditCsvHeader() : auditJsonStart({ exportedAt: now, exportedBy: by(), filter })];
      let count = 0;
      let read = 0;
      for await (const batch of auditBatches(db, filter)) {
        for (const entry of batch.matches) {
          parts.push(format === 'csv' ? auditCsvLine(entry) : auditJsonEntry(entry, count === 0));
          count++;
        }
        read += batch.read;
        onProgress?.({ done: read, ...(total === undefined ? {} : { total }) });
      }
      if (format === 'json') parts.push(AUDIT_JSON_END);
      const fileName = `hireproof-audit-log-${fileDay(now)}.${format}`;
      const candidateId = filter.candidateId.trim();
      await recordExport(db, {
        action: 'audit-exported',
        candidateId,
        now,
        detail: withBy({ format, rows: count, filter: describeAuditFilter(filter) }),
      });
      deps.download(fileName, new Blob(parts, { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }));
      return { fileName, count };
    },
  };
}
