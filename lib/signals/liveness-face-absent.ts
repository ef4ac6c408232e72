import { defineSignal } from './define-signal';
import { interviewLabel, livenessRuns } from './liveness-evidence';

/** Below this share of analysed frames with a face, the camera was mostly off or pointed away. */
const MIN_FACE_SHARE = 0.5;

/** The candidate's face was missing from the camera for most of an interview. */
export default defineSignal({
  id: 'liveness-face-absent',
  meta: {
    title: 'Face mostly absent from the camera',
    description:
      'Share of the analysed interview video in which a face was found. Schemes that place workers under borrowed identities often keep the camera off ' +
      'or "broken". Weight 0.1: a bad camera, a bandwidth problem or a person who turns away to think look the same.',
    severity: 'low',
    status: 'experimental',
    requires: ['liveness'],
    weight: 0.1,
    falsePositives: ['A broken or low-quality camera, poor lighting, or a connection that drops video', 'A person who looks down at notes or another screen'],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123'],
    messages: { absent: 'A face was found in {share} of the video analysed during {interview}' },
  },
  evaluate(candidate) {
    const found = livenessRuns(candidate);
    if ('status' in found) return found;
    const measured = found.runs.filter((s) => s.faceFoundShare !== undefined);
    if (measured.length === 0) return { status: 'skip', reason: 'Too little video was analysed to tell' };
    const low = measured.filter((s) => (s.faceFoundShare ?? 1) < MIN_FACE_SHARE);
    if (low.length === 0) return { status: 'miss' };
    return {
      status: 'hit',
      evidence: low.map((s) => ({ messageId: 'absent', data: { share: `${Math.round((s.faceFoundShare ?? 0) * 100)}%`, interview: interviewLabel(s) } })),
    };
  },
});
