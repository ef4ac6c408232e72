import { defineSignal } from './define-signal';
import { interviewLabel, livenessRuns } from './liveness-evidence';

/** The candidate's camera showed frozen or repeating video during an interview. */
export default defineSignal({
  id: 'liveness-video-replay',
  meta: {
    title: 'Frozen or repeating camera video',
    description:
      'During a video interview with liveness checks, the face on camera stopped changing for several seconds or the same stretch of video repeated. ' +
      'A recorded clip played into a virtual camera looks like this. Weight 0.4: a frozen connection can do the same, so ask the person to move or re-join.',
    severity: 'high',
    status: 'experimental',
    requires: ['liveness'],
    weight: 0.4,
    falsePositives: [
      'A poor connection that freezes the picture, or a meeting app that shows the last frame while video is paused',
      'A camera that stalls under load (low-end laptops, USB bandwidth)',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123'],
    messages: { replay: 'The video was {kind} during {interview}' },
  },
  evaluate(candidate) {
    const found = livenessRuns(candidate);
    if ('status' in found) return found;
    const measured = found.runs.filter((s) => s.frozenOrLooping !== undefined);
    if (measured.length === 0) return { status: 'skip', reason: 'Too little video was analysed to tell' };
    const hits = measured.filter((s) => s.frozenOrLooping !== 'none');
    if (hits.length === 0) return { status: 'miss' };
    return {
      status: 'hit',
      evidence: hits.map((s) => ({ messageId: 'replay', data: { kind: s.frozenOrLooping === 'frozen' ? 'frozen' : 'repeating', interview: interviewLabel(s) } })),
    };
  },
});
