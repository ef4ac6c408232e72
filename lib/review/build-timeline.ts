import type { AddedEvidenceRecord, AuditRecord, LivenessRecord, NoteRecord, ObservationRecord } from '../db/records';
import type { AssessmentHistoryRecord, DecisionRecord } from '../db/review-records';
import { formatUtcOffset } from '../signals/network-evidence';
import { AUDIT_ACTOR_PHRASES, auditActionLabel } from './audit-labels';
import { DECISION_LABELS } from './decision-history';
import { meetingName, siteName } from './source-labels';

/** One event on a case's timeline. Titles and details are plain text (much of it came from pages). */
export interface TimelineEntry {
  key: string;
  at: number;
  kind: 'sighting' | 'interview' | 'note' | 'evidence' | 'decision' | 'assessment' | 'audit' | 'view';
  title: string;
  detail?: string;
}

export interface TimelineInput {
  observations: readonly ObservationRecord[];
  liveness: readonly LivenessRecord[];
  notes: readonly NoteRecord[];
  evidence: readonly AddedEvidenceRecord[];
  audit: readonly AuditRecord[];
  decisions: readonly DecisionRecord[];
  history: readonly AssessmentHistoryRecord[];
  /** Signal titles by id, to name hits in words; unknown ids are shown as written. */
  signalTitles: ReadonlyMap<string, string>;
}

// Ties (one transaction writes several rows at the same ms) read in the order things happen.
const KIND_ORDER: Record<TimelineEntry['kind'], number> = { sighting: 0, interview: 1, evidence: 2, note: 3, audit: 4, assessment: 5, decision: 6, view: 7 };

const evidenceLabel = (row: AddedEvidenceRecord) => (row.evidence.kind === 'ip' ? row.evidence.ip : formatUtcOffset(row.evidence.minutes));

/**
 * Everything that happened on a case, newest first: sightings on sites, interviews, notes, added
 * evidence, score changes, decisions and the audit log. An audit entry that only repeats a row shown
 * in full (the note, the decision with its reason, the interview) is left out; one whose row is gone
 * (evidence since removed, a summary moved away) stays, so the log's facts are all on the timeline.
 */
export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const title = (id: string) => input.signalTitles.get(id) ?? id;
  const noteIds = new Set(input.notes.map((n) => n.id));
  const decisionIds = new Set(input.decisions.map((d) => d.id));
  const summaryIds = new Set(input.liveness.map((l) => l.id));
  const evidenceLabels = new Set(input.evidence.map(evidenceLabel));
  const decisionsById = new Map(input.decisions.map((d) => [d.id, d]));

  const entries: TimelineEntry[] = [
    ...input.observations.map((o): TimelineEntry => ({
      key: `sighting:${o.id}`,
      at: o.firstSeenAt,
      kind: 'sighting',
      title: `First seen on ${siteName(o.observation.source)}`,
      detail: `${o.observation.pageUrl}${o.observedAt > o.firstSeenAt ? ' (read again since)' : ''}`,
    })),
    ...input.liveness.map((l): TimelineEntry => ({
      key: `interview:${l.id}`,
      at: l.summary.startedAt,
      kind: 'interview',
      title: `Interview on ${meetingName(l.summary.meetingSource)}`,
      detail:
        l.summary.skipped === 'accommodation'
          ? `Participant "${l.summary.participantName}"; liveness checks not run (accommodation).`
          : `Participant "${l.summary.participantName}"; ${l.summary.framesAnalysed} frames analysed, ${l.summary.challenges.length} challenges.`,
    })),
    ...input.notes.map((n): TimelineEntry => ({ key: `note:${n.id}`, at: n.createdAt, kind: 'note', title: 'Note', detail: n.text })),
    ...input.evidence.map((e): TimelineEntry => ({
      key: `evidence:${e.id}`,
      at: e.evidence.addedAt,
      kind: 'evidence',
      title: `Network evidence added: ${evidenceLabel(e)}`,
      detail: `Pasted: ${e.pasted.length > 200 ? `${e.pasted.slice(0, 200)}…` : e.pasted}`,
    })),
    ...historyEntries(input.history, title),
    ...input.decisions.map((d): TimelineEntry => {
      const replaced = d.supersedes === undefined ? undefined : decisionsById.get(d.supersedes);
      const was = replaced && replaced.state !== 'reversed' ? DECISION_LABELS[replaced.state] : undefined;
      return {
        key: `decision:${d.id}`,
        at: d.at,
        kind: 'decision',
        title: d.state === 'reversed' ? `Decision reversed${was ? ` (was ${was})` : ''}` : `Decision: ${DECISION_LABELS[d.state]}${was ? ` (was ${was})` : ''}`,
        detail: `Reason: ${d.reason}`,
      };
    }),
    ...input.audit.flatMap((a): TimelineEntry[] => {
      const d = a.detail;
      if (a.action === 'note-added' && typeof d.noteId === 'string' && noteIds.has(d.noteId)) return [];
      if ((a.action === 'decision-recorded' || a.action === 'decision-reversed') && typeof d.decisionId === 'string' && decisionIds.has(d.decisionId)) return [];
      if (a.action === 'liveness-attached' && typeof d.summaryId === 'string' && summaryIds.has(d.summaryId)) return [];
      if (a.action === 'evidence-added' && typeof d.values === 'string' && d.values.split(', ').every((v) => evidenceLabels.has(v))) return [];
      return [{ key: `audit:${a.id ?? `${a.at}:${a.action}`}`, at: a.at, kind: a.action === 'case-viewed' ? 'view' : 'audit', title: `${auditActionLabel(a.action)} ${AUDIT_ACTOR_PHRASES[a.actor]}`, ...auditDetail(a, title) }];
    }),
  ];
  return entries.sort((a, b) => b.at - a.at || KIND_ORDER[b.kind] - KIND_ORDER[a.kind] || (a.key < b.key ? 1 : -1));
}

function auditDetail(a: AuditRecord, title: (id: string) => string): { detail?: string } {
  const d = a.detail;
  if (typeof d.signalId === 'string') return { detail: title(d.signalId) };
  if ((a.action === 'report-exported' || a.action === 'audit-exported') && typeof d.by === 'string') return { detail: `By ${d.by}` };
  if (a.action === 'flagged-for-review' && typeof d.reason === 'string' && d.reason !== '') return { detail: `Reason: ${d.reason}` };
  if (typeof d.values === 'string') return { detail: d.values };
  if (typeof d.value === 'string') return { detail: d.value };
  if (typeof d.source === 'string') return { detail: `From ${siteName(d.source)}` };
  if (typeof d.meeting === 'string') return { detail: meetingName(d.meeting) };
  return {};
}

/** Each history row against the one before it: the score, the band, and which hits came or went. */
function historyEntries(history: readonly AssessmentHistoryRecord[], title: (id: string) => string): TimelineEntry[] {
  const ordered = [...history].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  return ordered.map((row, i) => {
    const before = ordered[i - 1];
    const added = row.hits.filter((h) => !before?.hits.includes(h));
    const removed = before ? before.hits.filter((h) => !row.hits.includes(h)) : [];
    const parts = [
      added.length > 0 ? `${before ? 'New hits' : 'Hits'}: ${added.map(title).join(', ')}` : undefined,
      removed.length > 0 ? `No longer counted: ${removed.map(title).join(', ')}` : undefined,
    ].filter((p): p is string => p !== undefined);
    return {
      key: `assessment:${row.id ?? row.at}`,
      at: row.at,
      kind: 'assessment' as const,
      title: `${before ? 'Score changed to' : 'Score'} ${Math.round(row.score)}/100 (${row.band})${before && before.band !== row.band ? `, was ${before.band}` : ''}`,
      ...(parts.length > 0 ? { detail: parts.join('. ') } : {}),
    };
  });
}
