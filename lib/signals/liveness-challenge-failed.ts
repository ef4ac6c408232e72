import { defineSignal } from './define-signal';
import { interviewLabel, livenessRuns } from './liveness-evidence';

const CHALLENGE_NAMES = { 'turn-head': 'turn the head to the side', 'hand-across-face': 'pass a hand across the face' } as const;

/** A guided challenge (turn the head, pass a hand across the face) did not show what it asked for. */
export default defineSignal({
  id: 'liveness-challenge-failed',
  meta: {
    title: 'Guided liveness challenge not passed',
    description:
      'The recruiter asked the person on camera to turn their head until an ear faces the camera, or to pass a hand slowly across their face, and the ' +
      'measurement did not show it. Real-time face swaps break at full profile and when the face is covered. Weight 0.35; inconclusive results do not count.',
    severity: 'high',
    status: 'experimental',
    requires: ['liveness'],
    weight: 0.35,
    falsePositives: [
      'The person did not understand the request, or could not do it (offer the accommodation instead)',
      'A small or low-quality video tile, or a camera placed so that the turn leaves the frame',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123', 'https://arxiv.org/abs/2210.06186'],
    messages: { failed: 'Asked to {challenge} during {interview}: {reason}' },
  },
  evaluate(candidate) {
    const found = livenessRuns(candidate);
    if ('status' in found) return found;
    const taken = found.runs.flatMap((s) => s.challenges.map((c) => ({ s, c })));
    if (taken.length === 0) return { status: 'skip', reason: 'No guided challenge was run' };
    const judged = taken.filter(({ c }) => c.outcome !== 'inconclusive');
    if (judged.length === 0) return { status: 'skip', reason: 'Every guided challenge was inconclusive' };
    const failed = judged.filter(({ c }) => c.outcome === 'fail');
    if (failed.length === 0) return { status: 'miss' };
    return {
      status: 'hit',
      evidence: failed.map(({ s, c }) => ({ messageId: 'failed', data: { challenge: CHALLENGE_NAMES[c.kind], interview: interviewLabel(s), reason: c.reason } })),
    };
  },
});
