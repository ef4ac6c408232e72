import type { ParticipantInfo } from '../sites/meetings/define-meeting-adapter';
import type { LivenessSummary } from '../liveness/liveness-summary';
import { livenessSummaryOf } from './liveness-summary-of';
import type { LivenessState, LivenessTracker } from './liveness-tracker';
import type { RecordClient } from './record-client';
import type { CandidateMatch } from './record-protocol';

/**
 * Which stored candidate each participant is, as the recruiter chose, and the saving of their
 * liveness summary on that candidate. A person decides the link: a matching name is offered, never
 * applied. Once linked, the summary is saved at once, then again every SAVE_EVERY_MS while it
 * changes, and at once when something the recruiter would not want lost happens (a challenge
 * result, a skip, the person leaving, the panel closing). One summary id per participant per call:
 * each save replaces the last, and linking to another candidate moves it (lib/db/liveness.ts).
 */

export const SAVE_EVERY_MS = 30_000;

export interface CandidateLink {
  candidate: Pick<CandidateMatch, 'id' | 'displayName'>;
  summaryId: string;
  /** The participant as last seen, so the summary can still be saved after they left. */
  participant: ParticipantInfo;
  saving: boolean;
  savedAt?: number;
  /** The summary last saved, as JSON: nothing is sent again until it changes. */
  savedJson?: string;
  error?: string;
}

export interface LinksState {
  links: ReadonlyMap<string, CandidateLink>;
}

export interface CandidateLinks {
  link: (participant: ParticipantInfo, candidate: CandidateLink['candidate']) => void;
  /** Takes the saved summary off the candidate too. */
  unlink: (key: string) => Promise<void>;
  /** Saves every changed summary now (the panel is closing, or the recruiter asked). */
  flush: () => void;
  retry: (key: string) => void;
  getState: () => LinksState;
  subscribe: (listener: () => void) => () => void;
  dispose: () => void;
}

export interface LinkOptions {
  client: Pick<RecordClient, 'saveLiveness' | 'removeLiveness'>;
  tracker: Pick<LivenessTracker, 'getState' | 'subscribe'>;
  now?: () => number;
  newId?: () => string;
  every?: (ms: number, run: () => void) => () => void;
}

const defaultEvery = (ms: number, run: () => void) => {
  const timer = setInterval(run, ms);
  return () => clearInterval(timer);
};

export function createCandidateLinks(options: LinkOptions): CandidateLinks {
  const { client, tracker, now = Date.now, newId = () => crypto.randomUUID() } = options;
  let links = new Map<string, CandidateLink>();
  /** Participants with a save under way: one at a time each, so saves arrive in order. */
  const inFlight = new Set<string>();
  const listeners = new Set<() => void>();
  const setLinks = (next: Map<string, CandidateLink>) => {
    links = next;
    for (const listener of listeners) listener();
  };
  const update = (key: string, change: Partial<CandidateLink>) => {
    const current = links.get(key);
    if (current) setLinks(new Map(links).set(key, { ...current, ...change }));
  };

  const summaryFor = (key: string, link: CandidateLink, state: LivenessState): LivenessSummary | undefined => {
    const record = state.records.get(key);
    const meetingSource = state.snapshot?.health.adapterId;
    if (!record || state.consentAt === undefined || meetingSource === undefined) return undefined;
    return livenessSummaryOf(link.participant, record, {
      meetingSource,
      consentAt: state.consentAt,
      ...(state.consentNotice === undefined ? {} : { consentNotice: state.consentNotice }),
      ...(state.consentBy === undefined ? {} : { consentBy: state.consentBy }),
      skipped: state.skipped.has(key),
    });
  };

  const save = (key: string) => {
    const link = links.get(key);
    if (!link || inFlight.has(key)) return;
    const summary = summaryFor(key, link, tracker.getState());
    const json = summary === undefined ? undefined : JSON.stringify(summary);
    if (summary === undefined || json === link.savedJson) return;
    inFlight.add(key);
    update(key, { saving: true, error: undefined });
    const { summaryId, candidate } = link;
    const done = () => inFlight.delete(key);
    client.saveLiveness({ candidateId: candidate.id, summaryId, summary }).finally(done).then(
      () => {
        // Relinked meanwhile: the new link saves for itself.
        if (links.get(key)?.candidate.id === candidate.id) return update(key, { saving: false, savedAt: now(), savedJson: json });
        update(key, { saving: false, savedJson: undefined });
        save(key);
      },
      (error: unknown) => update(key, { saving: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const saveAll = () => {
    for (const key of links.keys()) save(key);
  };

  // Things worth saving at once: a challenge result, a skip, the person leaving.
  let seen = tracker.getState();
  const unsubscribe = tracker.subscribe(() => {
    const state = tracker.getState();
    const before = seen;
    seen = state;
    const present = new Set((state.snapshot?.participants ?? []).map((p) => p.key));
    for (const [key, link] of links) {
      const participant = state.snapshot?.participants.find((p) => p.key === key);
      if (participant && participant.name !== link.participant.name) update(key, { participant });
      const left = !present.has(key) && (before.snapshot?.participants ?? []).some((p) => p.key === key);
      const skipChanged = state.skipped.has(key) !== before.skipped.has(key);
      const challenged = (state.records.get(key)?.challenges.length ?? 0) !== (before.records.get(key)?.challenges.length ?? 0);
      if (left || skipChanged || challenged) save(key);
    }
  });
  const stopTimer = (options.every ?? defaultEvery)(SAVE_EVERY_MS, saveAll);

  return {
    link(participant, candidate) {
      const before = links.get(participant.key);
      // The same summary id moves with a new link, so the old candidate loses it (lib/db/liveness.ts).
      setLinks(new Map(links).set(participant.key, { candidate, participant, summaryId: before?.summaryId ?? newId(), saving: inFlight.has(participant.key) }));
      save(participant.key);
    },
    async unlink(key) {
      const link = links.get(key);
      if (!link) return;
      if (link.savedJson !== undefined || inFlight.has(key)) {
        try {
          await client.removeLiveness(link.summaryId);
        } catch (error) {
          update(key, { error: `Could not take the summary off ${link.candidate.displayName}: ${error instanceof Error ? error.message : String(error)}` });
          return;
        }
      }
      const next = new Map(links);
      next.delete(key);
      setLinks(next);
    },
    flush: saveAll,
    retry: save,
    getState: () => ({ links }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      unsubscribe();
      stopTimer();
    },
  };
}
