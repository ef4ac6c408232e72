import { LivenessSummarySchema, type LivenessSummary } from '../liveness/liveness-summary';
import type { ParticipantInfo } from '../sites/meetings/define-meeting-adapter';
import type { ParticipantRecord } from './participant-record';

/** What the summary needs besides the participant's record. */
export interface SummaryContext {
  /** The meeting adapter's id ("jitsi"). */
  meetingSource: string;
  /** When the recruiter confirmed consent (epoch ms). */
  consentAt: number;
  /** The notice the recruiter read out before confirming. */
  consentNotice?: string;
  /** The recruiter's name in the call when they confirmed. */
  consentBy?: string;
  skipped: boolean;
}

/**
 * Pure: the summary of one participant's liveness that may be stored with a candidate
 * (lib/liveness/liveness-summary.ts): derived values only, parsed by that schema. A skipped person
 * gets a summary that says so and nothing else; undefined while nothing was analysed (nothing to say).
 */
export function livenessSummaryOf(participant: ParticipantInfo, record: ParticipantRecord, context: SummaryContext): LivenessSummary | undefined {
  const base = {
    meetingSource: context.meetingSource,
    participantName: participant.name ?? '',
    consentConfirmedAt: context.consentAt,
    ...(context.consentNotice === undefined ? {} : { consentNotice: context.consentNotice }),
    ...(context.consentBy === undefined ? {} : { consentConfirmedBy: context.consentBy }),
    challenges: [],
  };
  if (context.skipped) {
    return LivenessSummarySchema.parse({ ...base, startedAt: context.consentAt, endedAt: context.consentAt, skipped: 'accommodation', framesAnalysed: 0 });
  }
  const totals = record.totals;
  if (!totals || record.analysed === 0) return undefined;
  const blinks = record.summary?.blinks;
  return LivenessSummarySchema.parse({
    ...base,
    startedAt: totals.startedAt,
    endedAt: totals.endedAt,
    framesAnalysed: record.analysed,
    faceFoundShare: record.withFace / record.analysed,
    longestAbsenceMs: totals.longestAbsenceMs,
    ...(totals.frozenOrLooping === undefined ? {} : { frozenOrLooping: totals.frozenOrLooping }),
    ...(totals.multipleFaces === undefined ? {} : { multipleFaces: totals.multipleFaces }),
    ...(totals.identity?.changed === undefined ? {} : { identityDrift: totals.identity.changed }),
    // Blinks over the last minute the panel measured; a rate needs a minute to be compared at all.
    ...(blinks?.status === 'measured' ? { blinkAssessment: blinks.assessment, blinkRatePerMinute: Math.min(600, blinks.ratePerMinute) } : {}),
    challenges: record.challenges.map((c) => ({ kind: c.kind, outcome: c.result, reason: c.reason.slice(0, 500), at: c.at })),
  });
}
