import type { ChallengeSummary, LivenessSummary } from '../liveness/liveness-summary';
import { localDateTime } from './local-time';
import { meetingName } from './source-labels';

/**
 * An interview's liveness summary as a reviewer reads it. Worded as what was seen, never as a
 * verdict; each cue that had too little data says so instead of looking clean.
 */

const NOT_MEASURED = 'Not measured (too little data)';
const pct = (share: number) => `${Math.round(share * 100)}%`;
const secs = (ms: number) => `${Math.round(ms / 1000)} s`;
const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? NOT_MEASURED : v ? yes : no);

const BLINKS: Record<NonNullable<LivenessSummary['blinkAssessment']>, string> = {
  'too-short-to-judge': 'too short a stretch to compare with the usual range',
  'below-conversation-range': 'below the usual range in conversation (reading, concentration and some conditions lower it)',
  'within-conversation-range': 'within the usual range in conversation',
  'above-conversation-range': 'above the usual range in conversation',
};

const CHALLENGES: Record<ChallengeSummary['kind'], string> = { 'turn-head': 'Turn the head to full profile', 'hand-across-face': 'Pass a hand across the face' };
const OUTCOMES: Record<ChallengeSummary['outcome'], string> = { pass: 'passed', fail: 'not passed', inconclusive: 'inconclusive' };

export interface LivenessFact {
  label: string;
  value: string;
}

export function livenessFacts(s: LivenessSummary): LivenessFact[] {
  const minutes = Math.max(0, Math.round((s.endedAt - s.startedAt) / 60_000));
  const facts: LivenessFact[] = [
    { label: 'Interview', value: `${meetingName(s.meetingSource)}, participant shown as "${s.participantName}"` },
    { label: 'When', value: `${localDateTime(s.startedAt)} to ${localDateTime(s.endedAt)} (${minutes} min)` },
    { label: 'Consent confirmed', value: localDateTime(s.consentConfirmedAt) },
    { label: 'Confirmed by', value: s.consentConfirmedBy === undefined ? 'The recruiter (the call showed no name for them)' : `${s.consentConfirmedBy} (their name in the call)` },
    { label: 'Notice read out', value: s.consentNotice ?? 'Not recorded with this summary' },
  ];
  if (s.skipped === 'accommodation') {
    return [...facts, { label: 'Liveness checks', value: 'Not run: the recruiter chose an accommodation for this person.' }];
  }
  return [
    ...facts,
    { label: 'Frames analysed', value: String(s.framesAnalysed) },
    { label: 'Face found', value: s.faceFoundShare === undefined ? NOT_MEASURED : `in ${pct(s.faceFoundShare)} of analysed frames` },
    { label: 'Longest absence', value: s.longestAbsenceMs === undefined ? NOT_MEASURED : secs(s.longestAbsenceMs) },
    {
      label: 'Frozen or looping picture',
      value:
        s.frozenOrLooping === undefined
          ? NOT_MEASURED
          : s.frozenOrLooping === 'none'
            ? 'Not seen'
            : `${s.frozenOrLooping === 'frozen' ? 'The picture stood still' : 'Earlier frames repeated'} (a poor connection can cause this too)`,
    },
    { label: 'Several faces', value: yesNo(s.multipleFaces, 'Several faces were on camera together at times', 'Not seen') },
    { label: 'Face proportions', value: yesNo(s.identityDrift, 'Changed during the call (glasses or a moved camera can do this too)', 'Steady (which does not prove it is the same person)') },
    {
      label: 'Blinks',
      value:
        s.blinkAssessment === undefined
          ? NOT_MEASURED
          : `${s.blinkRatePerMinute === undefined ? '' : `${s.blinkRatePerMinute.toFixed(0)}/min, `}${BLINKS[s.blinkAssessment]}`,
    },
  ];
}

export function challengeText(c: ChallengeSummary): string {
  return `${CHALLENGES[c.kind]}: ${OUTCOMES[c.outcome]}${c.reason === '' ? '' : ` (${c.reason})`}, ${localDateTime(c.at)}`;
}
