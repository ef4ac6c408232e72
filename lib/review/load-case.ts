import { assessmentHistoryOf } from '../db/assessment-history';
import type { HireProofDb } from '../db/database';
import { decisionsOf } from '../db/decisions';
import type {
  AddedEvidenceRecord,
  AssessmentRecord,
  AuditRecord,
  CandidateRecord,
  IdentityKeyRecord,
  LivenessRecord,
  NoteRecord,
  ObservationRecord,
} from '../db/records';
import type { AssessmentHistoryRecord, DecisionRecord } from '../db/review-records';
import { linkedCandidates, type LinkedCandidate } from './linked-candidates';

/** Most linked candidates read for one case: a key shared by hundreds (an agency's phone) must not stall the page. */
export const MAX_LINKED = 200;

/** Everything the case page shows about one candidate, read in one transaction. */
export interface CaseData {
  candidate: CandidateRecord;
  assessment?: AssessmentRecord;
  /** Newest first. */
  observations: ObservationRecord[];
  /** The rows of the candidate's identity keys, with every holder. */
  keyRows: IdentityKeyRecord[];
  linked: LinkedCandidate[];
  /** Linked candidates beyond MAX_LINKED, not read. */
  linkedOmitted: number;
  liveness: LivenessRecord[];
  notes: NoteRecord[];
  evidence: AddedEvidenceRecord[];
  audit: AuditRecord[];
  /** Oldest first. */
  decisions: DecisionRecord[];
  /** Oldest first. */
  history: AssessmentHistoryRecord[];
}

export async function loadCase(db: HireProofDb, candidateId: string): Promise<CaseData | undefined> {
  const tables = [
    db.candidates, db.assessments, db.observations, db.identityKeys, db.livenessSummaries, db.notes,
    db.addedEvidence, db.auditLog, db.decisions, db.assessmentHistory,
  ];
  return db.transaction('r', tables, async () => {
    const candidate = await db.candidates.get(candidateId);
    if (!candidate) return undefined;
    const [assessment, observations, keyRows, liveness, notes, evidence, audit, decisions, history] = await Promise.all([
      db.assessments.get(candidateId),
      db.observations.where('candidateId').equals(candidateId).toArray(),
      db.identityKeys.bulkGet(candidate.identityKeys),
      db.livenessSummaries.where('candidateId').equals(candidateId).toArray(),
      db.notes.where('candidateId').equals(candidateId).toArray(),
      db.addedEvidence.where('candidateId').equals(candidateId).toArray(),
      db.auditLog.where('candidateId').equals(candidateId).toArray(),
      decisionsOf(db, candidateId),
      assessmentHistoryOf(db, candidateId),
    ]);
    const rows = keyRows.filter((r): r is IdentityKeyRecord => r !== undefined);
    const unnamed = linkedCandidates(candidateId, rows, new Map());
    const readIds = unnamed.slice(0, MAX_LINKED).map((l) => l.candidateId);
    const [others, otherAssessments] = await Promise.all([db.candidates.bulkGet(readIds), db.assessments.bulkGet(readIds)]);
    const info = new Map(
      readIds.flatMap((id, i) => {
        const other = others[i];
        const band = otherAssessments[i]?.band;
        return other ? [[id, { displayName: other.displayName, ...(band === undefined ? {} : { band }) }] as const] : [];
      }),
    );
    const read = new Set(readIds);
    const linked = linkedCandidates(candidateId, rows, info).filter((l) => read.has(l.candidateId));
    return {
      candidate,
      ...(assessment === undefined ? {} : { assessment }),
      observations: observations.sort((a, b) => b.observedAt - a.observedAt),
      keyRows: rows,
      linked,
      linkedOmitted: unnamed.length - readIds.length,
      liveness: liveness.sort((a, b) => b.summary.startedAt - a.summary.startedAt),
      notes,
      evidence,
      audit,
      decisions,
      history,
    };
  });
}
