import { describe, expect, it } from 'vitest';
import { livenessFacts } from '../../../lib/review/liveness-text';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';

const base: LivenessSummary = { meetingSource: 'google-meet', participantName: 'Sam', consentConfirmedAt: 0, startedAt: 0, endedAt: 30 * 60_000, framesAnalysed: 10, challenges: [] };
const fact = (s: LivenessSummary, label: string) => livenessFacts(s).find((f) => f.label === label)?.value;

describe('livenessFacts', () => {
  it.each([
    ['Interview', base, 'Google Meet, participant shown as "Sam"'],
    ['Notice read out', base, 'Not recorded with this summary'],
    ['Face found', base, 'Not measured (too little data)'],
    ['Face found', { ...base, faceFoundShare: 0.956 }, 'in 96% of analysed frames'],
    ['Frozen or looping picture', { ...base, frozenOrLooping: 'none' as const }, 'Not seen'],
    ['Frozen or looping picture', { ...base, frozenOrLooping: 'looping' as const }, 'Earlier frames repeated (a poor connection can cause this too)'],
    ['Several faces', { ...base, multipleFaces: false }, 'Not seen'],
    ['Blinks', { ...base, blinkAssessment: 'below-conversation-range' as const }, 'below the usual range in conversation (reading, concentration and some conditions lower it)'],
    ['Longest absence', { ...base, longestAbsenceMs: 12_400 }, '12 s'],
    ['Liveness checks', { ...base, skipped: 'accommodation' as const }, 'Not run: the recruiter chose an accommodation for this person.'],
    ['Face found', { ...base, skipped: 'accommodation' as const }, undefined],
  ] as Array<[string, LivenessSummary, string | undefined]>)('%s of %j', (label, summary, value) => {
    expect(fact(summary, label)).toBe(value);
  });

  it('says how long the interview was', () => {
    expect(fact(base, 'When')).toMatch(/\(30 min\)$/);
  });
});
