import { redactOtherApplicants } from '../governance/redact-other-applicants';
import { SUBJECT_EXPORT_FORMAT, SUBJECT_EXPORT_VERSION, type SubjectExport } from '../governance/subject-export-schema';
import { subjectExportNote } from '../governance/subject-export-note';
import { assessmentHistoryOf } from './assessment-history';
import { audit } from './audit';
import type { HireProofDb } from './database';
import { decisionsOf } from './decisions';
import type { AuditRecord } from './records';

/** The tables an export reads, and the audit log it writes. */
const exportTables = (db: HireProofDb) => [
  db.candidates, db.observations, db.assessments, db.assessmentHistory, db.decisions, db.notes, db.addedEvidence,
  db.livenessSummaries, db.summaryFingerprints, db.photoHashes, db.identityKeys, db.auditLog,
];

/**
 * Gathers everything stored about one candidate into a subject access export
 * (lib/governance/subject-export-schema.ts), and audits it as `candidate-exported` (counts only),
 * in one transaction, so the file and its audit row describe the same data. Returns undefined when
 * the candidate is not stored. Other applicants are left out (see the schema).
 */
export async function exportCandidate(
  db: HireProofDb,
  input: { candidateId: string; actor: AuditRecord['actor']; now: number },
): Promise<SubjectExport | undefined> {
  const id = input.candidateId;
  return db.transaction('rw', exportTables(db), async () => {
    const candidate = await db.candidates.get(id);
    if (!candidate) return undefined;
    const [observations, assessment, history, decisions, notes, evidence, liveness, summaries, photos, keyRows] = await Promise.all([
      db.observations.where('candidateId').equals(id).toArray(),
      db.assessments.get(id),
      assessmentHistoryOf(db, id),
      decisionsOf(db, id),
      db.notes.where('candidateId').equals(id).sortBy('createdAt'),
      db.addedEvidence.where('candidateId').equals(id).toArray(),
      db.livenessSummaries.where('candidateId').equals(id).toArray(),
      db.summaryFingerprints.where('candidateId').equals(id).toArray(),
      db.photoHashes.where('candidateId').equals(id).toArray(),
      db.identityKeys.where('candidateIds').equals(id).toArray(),
    ]);
    const counts = {
      observations: observations.length,
      assessments: assessment ? 1 : 0,
      assessmentHistory: history.length,
      decisions: decisions.length,
      notes: notes.length,
      addedEvidence: evidence.length,
      livenessSummaries: liveness.length,
      summaryFingerprints: summaries.length,
      photoHashes: photos.length,
      identityKeys: keyRows.length,
    };
    await audit(db, { at: input.now, action: 'candidate-exported', candidateId: id, actor: input.actor, detail: { format: SUBJECT_EXPORT_FORMAT, version: SUBJECT_EXPORT_VERSION, ...counts } });
    const auditRows = await db.auditLog.where('candidateId').equals(id).sortBy('id');
    const exportedAt = new Date(input.now).toISOString();
    const document: SubjectExport = {
      format: SUBJECT_EXPORT_FORMAT,
      version: SUBJECT_EXPORT_VERSION,
      exportedAt,
      candidateId: id,
      note: subjectExportNote({ candidateId: id, exportedAt, counts: { ...counts, auditRows: auditRows.length } }),
      candidate: {
        displayName: candidate.displayName,
        names: candidate.names,
        identityKeys: candidate.identityKeys,
        falsePositiveSignalIds: candidate.falsePositiveSignalIds,
        flaggedForReview: candidate.flaggedForReview === 1,
        ...(candidate.flagReason === undefined ? {} : { flagReason: candidate.flagReason }),
        createdAt: candidate.createdAt,
        updatedAt: candidate.updatedAt,
      },
      observations: observations
        .sort((a, b) => b.observedAt - a.observedAt)
        .map(({ id: rowId, observation, health, firstSeenAt, observedAt }) => ({ id: rowId, observation, ...(health ? { health } : {}), firstSeenAt, observedAt })),
      ...(assessment ? { assessment: redactOtherApplicants(assessment) } : {}),
      assessmentHistory: history.map(({ at, score, band, hits }) => ({ at, score, band, hits })),
      decisions: decisions.map(({ id: rowId, at, state, reason, supersedes }) => ({ id: rowId, at, state, reason, ...(supersedes === undefined ? {} : { supersedes }) })),
      notes: notes.map(({ id: rowId, text, createdAt }) => ({ id: rowId, text, createdAt })),
      addedEvidence: evidence.map(({ id: rowId, evidence: e, pasted }) => ({ id: rowId, evidence: e, pasted })),
      livenessSummaries: liveness.map(({ id: rowId, summary }) => ({ id: rowId, summary })),
      summaryFingerprints: summaries.map(({ id: rowId, source, pageUrl, seenAt, words, bands, signature }) => ({
        id: rowId, source, pageUrl, seenAt, words, bands, signature: [...signature],
      })),
      photoHashes: photos.map(({ id: rowId, source, pageUrl, seenAt, url, hash, failed, checkedAt }) => ({
        id: rowId, source, pageUrl, seenAt, url, ...(hash === undefined ? {} : { hash }), ...(failed === undefined ? {} : { failed }), checkedAt,
      })),
      // Only this candidate's own sightings of each key: the other holders are other people.
      identityKeys: keyRows.map((row) => ({
        key: row.key,
        sightings: row.holders.filter((h) => h.candidateId === id).map(({ source, pageUrl, seenAt }) => ({ source, pageUrl, seenAt })),
        otherHolders: row.candidateIds.filter((c) => c !== id).length,
      })),
      audit: auditRows.map(({ at, action, actor, detail }) => ({ at, action, actor, detail })),
    };
    return document;
  });
}
