import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';

const DAY = Date.UTC(2026, 10, 24, 15);

/** A liveness summary of a clean 20-minute Jitsi interview, overridden by `fields`. */
export function makeLiveness(fields: Partial<LivenessSummary> = {}): LivenessSummary {
  return {
    meetingSource: 'jitsi',
    participantName: 'Ada Brook',
    consentConfirmedAt: DAY,
    startedAt: DAY,
    endedAt: DAY + 20 * 60_000,
    framesAnalysed: 12_000,
    faceFoundShare: 0.98,
    frozenOrLooping: 'none',
    multipleFaces: false,
    identityDrift: false,
    blinkAssessment: 'within-conversation-range',
    blinkRatePerMinute: 21,
    challenges: [],
    ...fields,
  };
}

export const INTERVIEW = 'the Jitsi Meet interview on 2026-11-24 (shown as "Ada Brook")';
