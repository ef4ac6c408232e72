import type { AdapterHealth, CandidateObservation } from '../candidate/observation';
import type { Assessment } from '../risk/assessment';

/** Row shapes of the HireProof database. Only extension-origin code (background, pages) opens it. */

export interface CandidateRecord {
  id: string;
  displayName: string;
  names: string[];
  /** Identity key strings ("phone:+14155550134") this candidate holds. */
  identityKeys: string[];
  /** Signal ids a recruiter marked as false positives for this candidate. */
  falsePositiveSignalIds: string[];
  /** 1 when flagged for HR review; a number because IndexedDB cannot index booleans. */
  flaggedForReview: 0 | 1;
  flagReason?: string;
  createdAt: number;
  updatedAt: number;
}

/** The latest observation from one sighting (one site's page for the person). */
export interface ObservationRecord {
  /** `<source>|<site id or page URL>`: re-reading the same page replaces, never piles up. */
  id: string;
  candidateId: string;
  observation: CandidateObservation;
  health?: AdapterHealth;
  firstSeenAt: number;
  observedAt: number;
}

export interface IdentityKeyHolder {
  candidateId: string;
  source: string;
  pageUrl: string;
  /** Epoch ms when this candidate was first seen holding the key. */
  seenAt: number;
}

/** One row per identity key, listing every candidate that holds it. */
export interface IdentityKeyRecord {
  key: string;
  /** Copy of holders' ids for the multiEntry index (deleting a candidate finds its keys). */
  candidateIds: string[];
  holders: IdentityKeyHolder[];
}

export type AssessmentRecord = Assessment;

export const AUDIT_ACTIONS = [
  'candidate-created',
  'observation-merged',
  'note-added',
  'false-positive-set',
  'false-positive-cleared',
  'flagged-for-review',
  'unflagged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  id?: number;
  at: number;
  action: AuditAction;
  candidateId: string;
  /** Who acted: `recruiter` for panel actions, `extension` for automatic ones. */
  actor: 'recruiter' | 'extension';
  detail: Record<string, string | number | boolean>;
}

export interface NoteRecord {
  id: string;
  candidateId: string;
  text: string;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
