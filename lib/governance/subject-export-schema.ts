import { z } from 'zod';
import { AdapterHealthSchema, CandidateObservationSchema } from '../candidate/observation';
import { AUDIT_ACTIONS } from '../db/records';
import { DECISION_STATES } from '../db/review-records';
import { LivenessSummarySchema } from '../liveness/liveness-summary';
import { AssessmentSchema, BandSchema } from '../risk/assessment';

/**
 * A subject access export: everything HireProof stores about one candidate, as one JSON document
 * (lib/db/export-candidate.ts). Rows keep their stored shapes, times in epoch milliseconds, so the
 * file is a faithful copy; `note` says in plain words what is in it. Other applicants are never in
 * it: shared identity keys list only this candidate's own sightings, and the evidence of matches
 * names no one else (lib/governance/redact-other-applicants.ts).
 * A change of shape is a new `version`; readers check it before anything else.
 */

export const SUBJECT_EXPORT_FORMAT = 'hireproof-subject-export';
export const SUBJECT_EXPORT_VERSION = 1;

const epochMs = z.number();

const AddedEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ip'), ip: z.string(), addedAt: epochMs }),
  z.object({ kind: z.literal('utc-offset'), minutes: z.number(), addedAt: epochMs }),
]);

const sighting = { source: z.string(), pageUrl: z.string(), seenAt: epochMs };

export const SubjectExportSchema = z.strictObject({
  format: z.literal(SUBJECT_EXPORT_FORMAT),
  version: z.literal(SUBJECT_EXPORT_VERSION),
  /** ISO 8601, UTC. */
  exportedAt: z.iso.datetime(),
  candidateId: z.string(),
  /** What the file holds and how to read it, for the person handling the request and for the applicant. */
  note: z.string(),
  candidate: z.strictObject({
    displayName: z.string(),
    names: z.array(z.string()),
    identityKeys: z.array(z.string()),
    falsePositiveSignalIds: z.array(z.string()),
    flaggedForReview: z.boolean(),
    flagReason: z.string().optional(),
    createdAt: epochMs,
    updatedAt: epochMs,
  }),
  /** Every page read about the candidate (one per site profile), newest first. */
  observations: z.array(z.strictObject({ id: z.string(), observation: CandidateObservationSchema, health: AdapterHealthSchema.optional(), firstSeenAt: epochMs, observedAt: epochMs })),
  assessment: AssessmentSchema.optional(),
  assessmentHistory: z.array(z.strictObject({ at: epochMs, score: z.number(), band: BandSchema, hits: z.array(z.string()) })),
  decisions: z.array(z.strictObject({ id: z.string(), at: epochMs, state: z.enum([...DECISION_STATES, 'reversed']), reason: z.string(), supersedes: z.string().optional() })),
  notes: z.array(z.strictObject({ id: z.string(), text: z.string(), createdAt: epochMs })),
  addedEvidence: z.array(z.strictObject({ id: z.string(), evidence: AddedEvidenceSchema, pasted: z.string() })),
  livenessSummaries: z.array(z.strictObject({ id: z.string(), summary: LivenessSummarySchema })),
  /** MinHash values of each profile summary: numbers, from which the text cannot be rebuilt. */
  summaryFingerprints: z.array(z.strictObject({ id: z.string(), ...sighting, words: z.number(), bands: z.array(z.string()), signature: z.array(z.number()) })),
  /** 64-bit perceptual hash of each profile photo (never the image), or why it could not be read. */
  photoHashes: z.array(z.strictObject({ id: z.string(), ...sighting, url: z.string(), hash: z.string().optional(), failed: z.string().optional(), checkedAt: epochMs })),
  /** The candidate's identity keys with where this candidate was seen holding each, and how many others hold it (unnamed). */
  identityKeys: z.array(z.strictObject({ key: z.string(), sightings: z.array(z.strictObject(sighting)), otherHolders: z.number().int().nonnegative() })),
  /** The audit log's rows about the candidate, oldest first; this export's own row included. */
  audit: z.array(z.strictObject({ at: epochMs, action: z.enum(AUDIT_ACTIONS), actor: z.enum(['recruiter', 'reviewer', 'extension']), detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) })),
});
export type SubjectExport = z.infer<typeof SubjectExportSchema>;
