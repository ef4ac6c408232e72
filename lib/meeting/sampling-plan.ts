import { faceCheckTargets, type Participant, type ParticipantInfo } from '../sites/meetings/define-meeting-adapter';

/**
 * Whose frames may be sampled. Every condition must hold; the panel asks for the same set, and the
 * content script checks again here, so neither side alone can start sampling someone:
 * - the recruiter confirmed the candidate was told and agreed (consent);
 * - nobody turned on the "skip liveness" accommodation for this person;
 * - the panel asked for their frames (it is ready to analyse them);
 * - it is another person's camera: never the recruiter's own tile, never a screen share, never a
 *   camera that is off.
 */
export interface SamplingState {
  consent: boolean;
  skipped: ReadonlySet<string>;
  requested: ReadonlySet<string>;
}

/** Why a participant is not checked, for the panel's row; undefined when they can be. */
export type NotCheckedReason = 'self' | 'screen-share' | 'camera-off';

/** Pure: whether the page shows something of this participant a face check may look at. */
export function notCheckedReason(p: ParticipantInfo): NotCheckedReason | undefined {
  if (p.self) return 'self';
  if (p.screenShare) return 'screen-share';
  return faceCheckTargets([p]).length === 0 ? 'camera-off' : undefined;
}

/** Pure: the participants to sample now, in reading order. */
export function samplingTargets<P extends Participant>(participants: readonly P[], state: SamplingState): P[] {
  if (!state.consent) return [];
  const eligible = new Set(faceCheckTargets(participants));
  return participants.filter((p) => eligible.has(p) && state.requested.has(p.key) && !state.skipped.has(p.key));
}
