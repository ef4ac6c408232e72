import type { CandidateView } from '../candidate/candidate-view';
import type { LivenessSummary } from '../liveness/liveness-summary';
import type { SignalOutcome } from './define-signal';

/** Known meeting products by adapter id, for evidence sentences. */
const MEETING_LABELS: Record<string, string> = { 'google-meet': 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams', jitsi: 'Jitsi Meet' };

/** "the Jitsi Meet interview on 2026-11-24 (shown as "Ada")": UTC day, so every machine says the same. */
export function interviewLabel(s: LivenessSummary): string {
  const day = new Date(s.startedAt).toISOString().slice(0, 10);
  return `the ${MEETING_LABELS[s.meetingSource] ?? s.meetingSource} interview on ${day} (shown as "${s.participantName}")`;
}

/**
 * The interviews in which liveness actually ran, or the skip a liveness signal reports: none was
 * run, or every one was skipped as an accommodation (which is never evidence of anything).
 */
export function livenessRuns(candidate: CandidateView): { runs: LivenessSummary[] } | Extract<SignalOutcome, { status: 'skip' }> {
  if (candidate.liveness.length === 0) return { status: 'skip', reason: 'No liveness check was run in a video interview' };
  const runs = candidate.liveness.filter((s) => s.skipped === undefined);
  if (runs.length === 0) return { status: 'skip', reason: 'Liveness was skipped as an accommodation' };
  return { runs };
}
