import { countedHits } from '../db/assessment-history';
import type { AssessmentRecord, CandidateRecord } from '../db/records';
import type { Band } from '../risk/assessment';
import type { QueueDecision } from './decision-history';

/** One applicant as the review queue lists them: everything its filters and sorting read, nothing more. */
export interface QueueRow {
  candidateId: string;
  displayName: string;
  names: string[];
  emails: string[];
  /** Undefined for a flagged applicant not assessed yet. */
  score: number | undefined;
  band: Band | undefined;
  /** Counted hits' signal ids, sorted. */
  hits: string[];
  /** Adapter ids of the sites the applicant was seen on, sorted. */
  sources: string[];
  lastSeenAt: number;
  flagged: boolean;
  flagReason?: string;
  decision: QueueDecision;
  decidedAt?: number;
  /** The band is known (from its index) but the score and hits are still being read. */
  pending?: boolean;
  /** Names and e-mails, folded (`foldText`), for the free-text filter. */
  searchText: string;
}

const EMAIL_KEY = 'email:';

export function foldText(text: string): string {
  // Accents and case do not matter when searching for a name someone heard or typed.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function toQueueRow(input: {
  candidate: CandidateRecord;
  assessment: AssessmentRecord | undefined;
  sources: readonly string[];
  decision: QueueDecision;
  decidedAt?: number;
}): QueueRow {
  const { candidate, assessment } = input;
  const emails = candidate.identityKeys.filter((k) => k.startsWith(EMAIL_KEY)).map((k) => k.slice(EMAIL_KEY.length));
  return {
    candidateId: candidate.id,
    displayName: candidate.displayName,
    names: candidate.names,
    emails,
    score: assessment?.score,
    band: assessment?.band,
    hits: assessment ? countedHits(assessment) : [],
    sources: [...new Set(input.sources)].sort(),
    lastSeenAt: candidate.updatedAt,
    flagged: candidate.flaggedForReview === 1,
    ...(candidate.flagReason === undefined ? {} : { flagReason: candidate.flagReason }),
    decision: input.decision,
    ...(input.decidedAt === undefined ? {} : { decidedAt: input.decidedAt }),
    searchText: foldText([...candidate.names, ...emails].join('\n')),
  };
}
