import type { LandmarkClip } from '../landmarks/landmark-frame';
import { insufficientData, measured, type CueResult } from './cue-result';
import { facingFrames } from './facing-frames';
import { faceSignature, signatureDistance, typicalSignature, type FaceSignature } from './geometry/face-signature';

/**
 * Did the face's proportions change within the call? A face swap switched on or off mid-call, or a
 * different person taking over, changes the geometry of bone landmarks; expression and head turns
 * change it less (face-signature.ts). The first and last 3 s of near-frontal frames are compared.
 *
 * Weak by nature: the landmark model pulls every face towards an average one, and expressions still
 * move it. In the nine real recordings a 3 s window differed from the first 3 s by up to 4.9% (d10,
 * an expressive face), while different people differed by 1.7-7.9%: at the threshold below only
 * about a third of pairs of people are told apart. A change flagged is evidence; no change is not
 * proof of the same person.
 */
export const IDENTITY = {
  windowMs: 3_000,
  minFramesPerWindow: 15,
  /** Beyond these angles the landmark model's proportions bend with the pose. */
  maxYawDeg: 20,
  maxPitchDeg: 20,
  /**
   * Drift that counts as a change: 5.5%, above the largest same-person drift seen (4.9%, any 3 s
   * window of a real recording against its first 3 s; early against late: 0.7-3.4%).
   */
  changedAbove: 0.055,
} as const;

export type IdentityDriftResult = CueResult<{
  /** Relative difference between the early and the late window's proportions. */
  drift: number;
  earlyFrames: number;
  lateFrames: number;
  changed: boolean;
}>;

interface Sample { t: number; signature: FaceSignature }

/** Signatures of frames with one face, near-frontal (see IDENTITY.maxYawDeg). */
export function frontalSignatures(clip: LandmarkClip): Sample[] {
  return facingFrames(clip, IDENTITY).flatMap(({ t, face }) => {
    const signature = faceSignature(face, clip.size);
    return signature.every(Number.isFinite) ? [{ t, signature }] : [];
  });
}

export function identityDrift(clip: LandmarkClip): IdentityDriftResult {
  const samples = frontalSignatures(clip);
  const [first, last] = [samples[0], samples.at(-1)];
  const spanMs = first && last ? last.t - first.t : 0;
  if (spanMs < 2 * IDENTITY.windowMs) {
    return insufficientData(`Near-frontal frames span ${(spanMs / 1000).toFixed(1)} s; identity drift compares two separate ${IDENTITY.windowMs / 1000} s windows`);
  }
  const early = samples.filter((s) => first && s.t < first.t + IDENTITY.windowMs);
  const late = samples.filter((s) => last && s.t > last.t - IDENTITY.windowMs);
  if (early.length < IDENTITY.minFramesPerWindow || late.length < IDENTITY.minFramesPerWindow) {
    return insufficientData(`${early.length} early and ${late.length} late near-frontal frames; identity drift needs ${IDENTITY.minFramesPerWindow} in each window`);
  }
  const drift = signatureDistance(typicalSignature(late.map((s) => s.signature)), typicalSignature(early.map((s) => s.signature)));
  return measured({ drift, earlyFrames: early.length, lateFrames: late.length, changed: drift > IDENTITY.changedAbove });
}
