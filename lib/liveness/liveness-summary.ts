import { z } from 'zod';

/**
 * What an interview's liveness checks leave on the candidate's record: derived cue values and
 * challenge outcomes only. Face geometry is biometric data, so no frame, image or landmark is ever
 * part of a summary (fraud-signals.md); the schema is strict so nothing else can ride along.
 * Each value is absent when its cue had too little data to say anything.
 */

export const CHALLENGE_KINDS = ['turn-head', 'hand-across-face'] as const;
export const BLINK_ASSESSMENTS = ['too-short-to-judge', 'below-conversation-range', 'within-conversation-range', 'above-conversation-range'] as const;

const epochMs = z.number().int().nonnegative();

export const ChallengeSummarySchema = z.strictObject({
  kind: z.enum(CHALLENGE_KINDS),
  outcome: z.enum(['pass', 'fail', 'inconclusive']),
  reason: z.string().max(500),
  at: epochMs,
});
export type ChallengeSummary = z.infer<typeof ChallengeSummarySchema>;

export const LivenessSummarySchema = z
  .strictObject({
    /** Meeting adapter id ("google-meet", "jitsi"). */
    meetingSource: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The name the meeting showed for the participant, as text. */
    participantName: z.string().max(200),
    /** When the recruiter confirmed the candidate was told and agreed. */
    consentConfirmedAt: epochMs,
    /**
     * Who confirmed: the recruiter's own name in the call (their self-view's name) at that moment.
     * The extension has no accounts; absent when the call showed no name for the recruiter.
     */
    consentConfirmedBy: z.string().min(1).max(200).optional(),
    /** The notice the recruiter read out before confirming (the organisation's text can change later). */
    consentNotice: z.string().max(4000).optional(),
    startedAt: epochMs,
    endedAt: epochMs,
    /** The recruiter chose not to run liveness for this person (an accommodation): nothing else is set. */
    skipped: z.literal('accommodation').optional(),
    framesAnalysed: z.number().int().nonnegative(),
    faceFoundShare: z.number().min(0).max(1).optional(),
    longestAbsenceMs: z.number().nonnegative().optional(),
    frozenOrLooping: z.enum(['none', 'frozen', 'looping']).optional(),
    multipleFaces: z.boolean().optional(),
    identityDrift: z.boolean().optional(),
    blinkAssessment: z.enum(BLINK_ASSESSMENTS).optional(),
    blinkRatePerMinute: z.number().nonnegative().max(600).optional(),
    challenges: z.array(ChallengeSummarySchema).max(50),
  })
  .refine((s) => s.endedAt >= s.startedAt, { message: 'endedAt is before startedAt', path: ['endedAt'] });
export type LivenessSummary = z.infer<typeof LivenessSummarySchema>;
