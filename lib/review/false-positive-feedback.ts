import {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  FeedbackEntrySchema,
  FeedbackMarkSchema,
  type FalsePositiveFeedback,
  type FeedbackEntry,
  type FeedbackMark,
} from '../lists/feedback';
import type { SignalResult } from '../risk/assessment';

/** One applicant with false-positive marks, as read from the database. */
export interface FeedbackCandidate {
  candidateId: string;
  falsePositiveSignalIds: readonly string[];
  /** The current assessment's results; undefined when the applicant was never checked. */
  results: readonly SignalResult[] | undefined;
  /** When each signal was last marked (the latest `false-positive-set` audit entry), epoch ms. */
  markedAt: ReadonlyMap<string, number>;
}

export interface FeedbackBuild {
  feedback: FalsePositiveFeedback;
  /** Marks left out because a stored id does not fit the format (written by an old or foreign version). */
  dropped: number;
}

// Evidence of list-based signals names the entry's kind; reused-photo matches only photo-hash entries and leaves it out.
const KIND_BY_SIGNAL: Readonly<Record<string, string>> = { 'reused-photo': 'photo-hash' };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const entryKey = (e: FeedbackEntry) => `${e.listId}\u0000${e.kind}\u0000${e.value}`;

/** The list entries a hit's evidence names (see lib/signals/list-evidence.ts), distinct and sorted. */
function listEntriesOf(result: SignalResult): { entries: FeedbackEntry[]; more?: number } {
  const found = new Map<string, FeedbackEntry>();
  let more: number | undefined;
  let onlyListed = true;
  for (const { messageId, data } of result.evidence) {
    if (messageId === 'more' && typeof data.count === 'number') {
      more = data.count;
      continue;
    }
    const parsed = FeedbackEntrySchema.safeParse({ listId: data.listId, listTitle: data.listTitle, kind: data.kind ?? KIND_BY_SIGNAL[result.signalId], value: data.value });
    if (parsed.success) found.set(entryKey(parsed.data), parsed.data);
    else onlyListed = false;
  }
  const entries = [...found.values()].sort((a, b) => compare(entryKey(a), entryKey(b)));
  // "N more" counts list matches only when everything named is a list entry (reused-photo mixes in other applicants).
  return more !== undefined && entries.length > 0 && onlyListed ? { entries, more } : { entries };
}

function markOf(candidate: FeedbackCandidate, signalId: string): unknown {
  const result = candidate.results?.find((r) => r.signalId === signalId);
  const at = candidate.markedAt.get(signalId);
  const { entries, more } = result?.status === 'hit' ? listEntriesOf(result) : { entries: [], more: undefined };
  return {
    candidateId: candidate.candidateId,
    signalId,
    ...(result ? { signalTitle: result.title } : {}),
    ...(at === undefined || Number.isNaN(new Date(at).getTime()) ? {} : { markedAt: new Date(at).toISOString() }),
    currentOutcome: result?.status ?? 'not-checked',
    listEntries: entries,
    ...(more === undefined ? {} : { moreListMatches: more }),
  };
}

/** The feedback file's content: every mark, and per list entry how many marks cited it. */
export function buildFeedback(input: { candidates: Iterable<FeedbackCandidate>; generatedAt: number; generatedBy: string }): FeedbackBuild {
  const marks: FeedbackMark[] = [];
  let dropped = 0;
  for (const candidate of input.candidates) {
    for (const signalId of new Set(candidate.falsePositiveSignalIds)) {
      const parsed = FeedbackMarkSchema.safeParse(markOf(candidate, signalId));
      if (parsed.success) marks.push(parsed.data);
      else dropped++;
    }
  }
  marks.sort((a, b) => compare(a.signalId, b.signalId) || compare(a.candidateId, b.candidateId));
  const counts = new Map<string, FeedbackEntry & { marks: number }>();
  for (const mark of marks) {
    for (const entry of mark.listEntries) {
      const key = entryKey(entry);
      counts.set(key, { ...entry, marks: (counts.get(key)?.marks ?? 0) + 1 });
    }
  }
  const by = input.generatedBy.trim().slice(0, 200);
  return {
    feedback: {
      format: FEEDBACK_FORMAT,
      version: FEEDBACK_VERSION,
      generatedAt: new Date(input.generatedAt).toISOString(),
      ...(by === '' ? {} : { generatedBy: by }),
      marks,
      entries: [...counts.entries()].sort(([a], [b]) => compare(a, b)).map(([, e]) => e),
    },
    dropped,
  };
}

/** The file's text: two-space JSON with a trailing newline, like the list format's canonical form. */
export function formatFeedback(feedback: FalsePositiveFeedback): string {
  return `${JSON.stringify(feedback, null, 2)}\n`;
}
