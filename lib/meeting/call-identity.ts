import { frontalSignatures, IDENTITY } from '../vision/cues/identity-drift';
import { signatureDistance, typicalSignature, type FaceSignature } from '../vision/cues/geometry/face-signature';
import type { LandmarkClip } from '../vision/landmarks/landmark-frame';

/**
 * Identity drift over a whole call, not only the panel's one-minute window: the face's proportions
 * in the first few seconds where they could be measured are kept as the reference, and each later
 * stretch of the same length is compared with it (lib/vision/cues/identity-drift.ts explains the
 * measure and why it is weak). The reference is derived geometry held in memory for the call only:
 * it is never stored or sent, and a skip or withdrawn consent drops it with the rest of the record.
 */
export interface CallIdentity {
  reference?: FaceSignature;
  /** Largest relative change from the reference seen so far (0.03 = 3%). */
  largestDrift?: number;
  /** Some stretch differed from the reference by more than IDENTITY.changedAbove. */
  changed?: boolean;
}

/**
 * Pure: the call's identity after looking at `recent`, the frames of the last IDENTITY.windowMs
 * (one pixel geometry). Too few near-frontal frames leave it as it was.
 */
export function nextCallIdentity(before: CallIdentity, recent: LandmarkClip): CallIdentity {
  const samples = frontalSignatures(recent);
  if (samples.length < IDENTITY.minFramesPerWindow) return before;
  const typical = typicalSignature(samples.map((s) => s.signature));
  if (!before.reference) return { reference: typical };
  const drift = signatureDistance(typical, before.reference);
  if (!Number.isFinite(drift)) return before;
  const largestDrift = Math.max(before.largestDrift ?? 0, drift);
  return { reference: before.reference, largestDrift, changed: largestDrift > IDENTITY.changedAbove };
}
