import type { AddedEvidenceRecord, LivenessRecord, NoteRecord, ObservationRecord } from '../db/records';
import { formatUtcOffset } from '../signals/network-evidence';
import { localDateTime } from '../review/local-time';
import { meetingName, siteName } from '../review/source-labels';

/** What a reviewer can move off a record when splitting it, in words (rendered as text only: pages are hostile). */

export type SplitKind = 'pages' | 'liveness' | 'evidence' | 'notes';

export interface SplitChoice {
  id: string;
  label: string;
  detail: string;
}

export interface SplitGroup {
  kind: SplitKind;
  legend: string;
  choices: SplitChoice[];
}

/** Longest note text shown in a choice: enough to recognise it. */
const NOTE_PREVIEW = 120;

const preview = (text: string) => (text.length > NOTE_PREVIEW ? `${text.slice(0, NOTE_PREVIEW - 1)}…` : text);

/**
 * The record's pages (newest first, each with the names it showed, so two people's pages can be told
 * apart), then its interview summaries, added evidence and notes; groups with nothing in them are left out,
 * except pages, which a split always needs.
 */
export function splitGroups(input: {
  observations: readonly ObservationRecord[];
  liveness: readonly LivenessRecord[];
  evidence: readonly AddedEvidenceRecord[];
  notes: readonly NoteRecord[];
}): SplitGroup[] {
  const pages: SplitGroup = {
    kind: 'pages',
    legend: 'Pages to move to the new record',
    choices: [...input.observations]
      .sort((a, b) => b.observedAt - a.observedAt)
      .map((r) => ({
        id: r.id,
        label: `${siteName(r.observation.source)}: ${r.observation.pageUrl}`,
        detail: [
          r.observation.names.length > 0 ? `shown as ${r.observation.names.join(', ')}` : 'no name shown',
          `first seen ${localDateTime(r.firstSeenAt)}`,
          `last read ${localDateTime(r.observedAt)}`,
        ].join('; '),
      })),
  };
  const others: SplitGroup[] = [
    {
      kind: 'liveness',
      legend: 'Interview summaries to move',
      choices: [...input.liveness]
        .sort((a, b) => b.summary.startedAt - a.summary.startedAt)
        .map((l) => ({
          id: l.id,
          label: `${meetingName(l.summary.meetingSource)} interview on ${localDateTime(l.summary.startedAt)}`,
          detail: `participant shown as “${l.summary.participantName}”`,
        })),
    },
    {
      kind: 'evidence',
      legend: 'Added evidence to move',
      choices: input.evidence.map((e) => ({
        id: e.id,
        label: e.evidence.kind === 'ip' ? `IP address ${e.evidence.ip}` : `Time zone ${formatUtcOffset(e.evidence.minutes)}`,
        detail: `added ${localDateTime(e.evidence.addedAt)}`,
      })),
    },
    {
      kind: 'notes',
      legend: 'Notes to move',
      choices: [...input.notes]
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((n) => ({ id: n.id, label: preview(n.text), detail: `written ${localDateTime(n.createdAt)}` })),
    },
  ];
  return [pages, ...others.filter((g) => g.choices.length > 0)];
}
