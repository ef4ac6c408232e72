import type { AddedEvidence } from '../candidate/candidate-view';
import type { LivenessSummary } from '../liveness/liveness-summary';
import type { AdapterHealth, CandidateObservation } from '../candidate/observation';
import type { ListCategory, ListFilter, WeightOverride } from '../lists/schema';
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

/**
 * The similarity fingerprint of one sighting's summary text (lib/similarity/summary-fingerprint.ts):
 * never the text. One row per sighting, replaced when the page is read again.
 */
/** The sightings whose summary has one LSH band (lib/db/summary-bands.ts). */
export interface SummaryBandRecord {
  band: string;
  ids: string[];
}

export interface SummaryFingerprintRecord {
  /** The sighting (ObservationRecord id) whose summary this is. */
  id: string;
  candidateId: string;
  /** LSH band keys, under which the sighting is filed in summaryBands: a lookup reads only rows sharing a band. */
  bands: string[];
  /** MinHash signature (128 values), compared to confirm a band match. */
  signature: Uint32Array;
  words: number;
  source: string;
  pageUrl: string;
  /** Epoch ms when the sighting was first seen. */
  seenAt: number;
  /**
   * The other sightings whose summary is a near-duplicate of this one (lib/db/summary-near.ts).
   * Present once this text is filed under its bands: a page read again then looks up nothing else.
   */
  near?: string[];
  /** Sightings whose lists may still name this one for an earlier text; they are cleaned when this text is filed. */
  stale?: string[];
}

/**
 * The perceptual hash of one sighting's profile photo (lib/similarity/perceptual-hash.ts), or why it
 * could not be computed: never the image. One row per sighting, replaced when its photo URL changes.
 */
export interface PhotoHashRecord {
  /** Assigned by the database when the row is first stored; the block rows refer to the photo by it. */
  seq?: number;
  /** The sighting (ObservationRecord id) whose photo this is. */
  id: string;
  candidateId: string;
  /** The photo URL the hash (or the failure) belongs to; another URL means the photo must be read again. */
  url: string;
  /** 16 hex digits; absent when the photo could not be read (`failed`). Indexed by PhotoBlockRecord rows. */
  hash?: string;
  failed?: string;
  source: string;
  pageUrl: string;
  /** Epoch ms when the sighting was first seen, and when the photo was last read. */
  seenAt: number;
  checkedAt: number;
  /**
   * The `seq` of the other photo rows whose hash is within PHOTO_MATCH_MAX_DISTANCE, kept both ways
   * by every write of a hash (lib/db/photo-near.ts); at most MAX_NEAR_PHOTOS. Absent on rows stored
   * before the lists existed (looked up through the block rows, then stored) and on failures.
   */
  near?: number[];
}

/**
 * Every stored photo hash filed under one block value (lib/similarity/photo-hash-blocks.ts): one row
 * per key, so a lookup reads 11 rows and finds each hash's distance and photo row in them, as
 * numbers (a typed array is read back as one copy; strings would be read one by one).
 */
export interface PhotoBlockRecord {
  /** `<block>:<block value in hex>`. */
  key: string;
  /** Entries of three numbers: the hash's high and low 32 bits and the PhotoHashRecord's `seq`. */
  entries: Uint32Array;
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
  'evidence-added',
  'evidence-removed',
  'liveness-attached',
  'liveness-detached',
  // HR review pages (lib/db/decisions.ts, lib/db/case-views.ts).
  'decision-recorded',
  'decision-reversed',
  'case-viewed',
  // Exports from the review pages (lib/review/export-actions.ts): each is audited before the file is
  // handed over. Queue, feedback and audit-log exports concern no one candidate: their candidateId is ''.
  'report-exported',
  'queue-exported',
  'feedback-exported',
  'audit-exported',
  // Data governance (lib/db/delete-candidate.ts, lib/db/purge-expired.ts, lib/db/export-candidate.ts).
  // A deletion keeps the candidate's earlier audit rows, scrubbed of personal values
  // (lib/db/audit-scrub.ts); a retention run's summary concerns no one candidate: candidateId ''.
  'candidate-deleted',
  'candidate-exported',
  'retention-purged',
  // Merging two records of one person and splitting a wrong merge (lib/db/merge-candidates.ts,
  // lib/db/split-candidate.ts): one row on each of the two candidates, naming both (`from`, `into`).
  'candidates-merged',
  'candidate-split',
  // Signal lists (lib/db/lists-store.ts): imported or replaced, switched on or off, deleted. They
  // concern no one candidate: candidateId ''.
  'list-saved',
  'list-enabled',
  'list-disabled',
  'list-deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  id?: number;
  at: number;
  action: AuditAction;
  candidateId: string;
  /** Who acted: `recruiter` for panel actions, `reviewer` for the HR review pages, `extension` for automatic ones. */
  actor: 'recruiter' | 'reviewer' | 'extension';
  detail: Record<string, string | number | boolean>;
}

/** Evidence a recruiter pasted into the panel for a candidate (an IP address, a UTC offset). */
export interface AddedEvidenceRecord {
  id: string;
  candidateId: string;
  evidence: AddedEvidence;
  /** The text it was read from, as pasted (capped), so a reviewer can see what the recruiter had. */
  pasted: string;
}

/** One interview's liveness summary for a candidate (lib/liveness/liveness-summary.ts). */
export interface LivenessRecord {
  id: string;
  candidateId: string;
  summary: LivenessSummary;
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

/** A signal list as stored: its metadata, filters and overrides, where it came from, and how its last refresh went. */
export interface ListRecord {
  id: string;
  title: string;
  author: string;
  description?: string;
  category?: ListCategory;
  /** ISO dates from the list's own metadata. */
  created: string;
  modified: string;
  expires?: string;
  references: string[];
  filters: ListFilter[];
  weightOverrides: WeightOverride[];
  /** 1 when its entries take part in checks; a number because IndexedDB cannot index booleans. */
  enabled: 0 | 1;
  entryCount: number;
  /**
   * How it arrived: a file or paste by a person, a one-off download from a URL, a subscription URL,
   * or shipped with the extension. (Hits per list are counted from the assessments, not stored.)
   */
  origin: { kind: 'file' | 'paste' | 'bundled' } | { kind: 'url' | 'subscription'; url: string };
  /** Id of the trusted key whose signature verified, when it was signed. */
  verifiedBy?: string;
  /** The detached signature (base64) that verified, kept so an export can be re-verified elsewhere. */
  signature?: string;
  importedAt: number;
  lastRefresh?: { at: number; ok: boolean; message: string };
}

/** One slice of a list's entries (values already normalised by the list parser). */
export interface ListChunkRecord {
  listId: string;
  chunk: number;
  entries: Array<{ kind: string; value: string; note?: string; source?: string; severity?: string }>;
}
