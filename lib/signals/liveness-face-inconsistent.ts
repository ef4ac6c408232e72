import { defineSignal, type Evidence } from './define-signal';
import { interviewLabel, livenessRuns } from './liveness-evidence';

/** The face on camera changed shape during an interview, or more than one face kept appearing. */
export default defineSignal({
  id: 'liveness-face-inconsistent',
  meta: {
    title: 'Face changed or several faces on camera',
    description:
      "Compares the proportions of the face on camera early and late in the interview, and counts faces in each frame. A face swap that slips, or a second person " +
      'prompting or taking over, shows here. Weight 0.25: someone walking past the camera is a second face too.',
    severity: 'medium',
    status: 'experimental',
    requires: ['liveness'],
    weight: 0.25,
    falsePositives: [
      'Another person passing behind the candidate, or a photo or poster with a face in view',
      'Large changes of head angle, glasses put on or taken off, or a camera moved closer',
    ],
    references: ['https://www.ic3.gov/PSA/2025/PSA250123'],
    messages: {
      drift: 'The proportions of the face changed during {interview}',
      several: 'More than one face was on camera for a while during {interview}',
    },
  },
  evaluate(candidate) {
    const found = livenessRuns(candidate);
    if ('status' in found) return found;
    const measured = found.runs.filter((s) => s.identityDrift !== undefined || s.multipleFaces !== undefined);
    if (measured.length === 0) return { status: 'skip', reason: 'Too little video was analysed to tell' };
    const evidence: Evidence[] = measured.flatMap((s) => [
      ...(s.identityDrift ? [{ messageId: 'drift', data: { interview: interviewLabel(s) } }] : []),
      ...(s.multipleFaces ? [{ messageId: 'several', data: { interview: interviewLabel(s) } }] : []),
    ]);
    return evidence.length === 0 ? { status: 'miss' } : { status: 'hit', evidence };
  },
});
