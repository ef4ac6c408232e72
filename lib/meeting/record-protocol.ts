import { z } from 'zod';

/**
 * The meeting panel's line to the stored candidates: a runtime Port named `MEETING_PORT_NAME` to the
 * background, the only context that opens the database (the panel is an iframe inside the call's
 * page, where IndexedDB is denied). It carries candidate look-ups and liveness summaries, never
 * frames or landmarks: those stay on the MessageChannel between the page and the panel.
 */
export const MEETING_PORT_NAME = 'hireproof-meeting';

/** Most candidates one look-up returns: a picker, not a browser of the whole database. */
export const MAX_MATCHES = 8;
export const MAX_QUERY_LENGTH = 200;

const id = z.string().min(1).max(100);

export const MeetingRequestSchema = z.discriminatedUnion('type', [
  // An empty query asks for candidates open in a tab and the most recently seen.
  z.object({ type: z.literal('find-candidates'), requestId: id, query: z.string().max(MAX_QUERY_LENGTH) }),
  // The summary is parsed by the background with the strict LivenessSummarySchema; here it is only bounded.
  z.object({ type: z.literal('save-liveness'), requestId: id, candidateId: id, summaryId: z.uuid(), summary: z.unknown() }),
  // The recruiter linked the participant to the wrong candidate.
  z.object({ type: z.literal('remove-liveness'), requestId: id, summaryId: z.uuid() }),
]);
export type MeetingRequest = z.infer<typeof MeetingRequestSchema>;

export const CandidateMatchSchema = z.object({
  id,
  displayName: z.string().max(300),
  /** Other names the candidate was seen under, for telling two people with one name apart. */
  otherNames: z.array(z.string().max(300)).max(10),
  headline: z.string().max(300).optional(),
  /** Site labels where the candidate was seen ("LinkedIn", "Greenhouse"). */
  sources: z.array(z.string().max(100)).max(20),
  lastSeenAt: z.number(),
  /** The candidate's page is open in a tab right now: most likely the person in the call. */
  openInTab: z.boolean(),
});
export type CandidateMatch = z.infer<typeof CandidateMatchSchema>;

export const MeetingReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('candidates'), requestId: id, matches: z.array(CandidateMatchSchema).max(MAX_MATCHES) }),
  z.object({ type: z.literal('saved'), requestId: id }),
  z.object({ type: z.literal('failed'), requestId: id, error: z.string().max(2000) }),
]);
export type MeetingReply = z.infer<typeof MeetingReplySchema>;
