import { defineSignal } from './define-signal';
import { interviewLabel, livenessRuns } from './liveness-evidence';

/** The blink rate measured in an interview fell outside the usual range for conversation. */
export default defineSignal({
  id: 'liveness-blink-atypical',
  meta: {
    title: 'Blink rate outside the usual conversation range',
    description:
      'Blinks per minute measured against the person\'s own open-eye level, compared with the 95% range in conversation (10.5 to 32.5 a minute, Doughty 2001). ' +
      'Older face-swap models blinked too rarely; modern ones copy the real blinks of whoever drives them. Blink rate can also reflect a disability, ' +
      'medication or dry eyes, so the weight is 0.05: it never matters on its own.',
    severity: 'informational',
    status: 'experimental',
    requires: ['liveness'],
    weight: 0.05,
    falsePositives: [
      'Medical conditions, medication, contact lenses, dry eyes or fatigue',
      'Reading from a screen lowers blink rate (about 4.5 a minute); stress raises it',
      'Glasses with reflections or a low camera angle hide the eyes',
    ],
    references: ['https://pubmed.ncbi.nlm.nih.gov/9399231/', 'https://pubmed.ncbi.nlm.nih.gov/11495359/'],
    messages: { atypical: '{rate} blinks a minute during {interview} ({direction} the usual range)' },
  },
  evaluate(candidate) {
    const found = livenessRuns(candidate);
    if ('status' in found) return found;
    const judged = found.runs.filter((s) => s.blinkAssessment !== undefined && s.blinkAssessment !== 'too-short-to-judge');
    if (judged.length === 0) return { status: 'skip', reason: 'The eyes were not visible long enough to judge' };
    const off = judged.filter((s) => s.blinkAssessment !== 'within-conversation-range');
    if (off.length === 0) return { status: 'miss' };
    return {
      status: 'hit',
      evidence: off.map((s) => ({
        messageId: 'atypical',
        data: { rate: (s.blinkRatePerMinute ?? 0).toFixed(1), interview: interviewLabel(s), direction: s.blinkAssessment === 'below-conversation-range' ? 'below' : 'above' },
      })),
    };
  },
});
