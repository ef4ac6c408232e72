import type { MeetingSnapshot } from '../sites/meetings/define-meeting-adapter';
import type { Landmarker } from '../vision/worker/connect-landmarker';
import type { ChallengeKind, PageMessage, PanelMessage } from './bridge-protocol';
import { runChallenge } from './challenge-window';
import { addFrame, emptyRecord, forgetFace, type ParticipantRecord } from './participant-record';
import { notCheckedReason } from './sampling-plan';

/**
 * The meeting panel's state and decisions, outside React: what the page reported, what the recruiter
 * decided (consent, skips, challenges), and each participant's liveness record. It asks the page for
 * frames only with consent, a running landmarker and no skip, refuses (and frees) any frame it did not
 * ask for, and returns one `ready-for-next` credit per frame, whatever became of it.
 */

/** What the tracker needs of the landmark worker's client (lib/vision/worker). */
export type FrameAnalyser = Pick<Landmarker, 'track' | 'close'>;

export interface LivenessState {
  snapshot?: MeetingSnapshot;
  consent: boolean;
  /** When the recruiter confirmed consent (epoch ms), for the stored summary. */
  consentAt?: number;
  /** The notice shown when they did (the organisation's text may change later). */
  consentNotice?: string;
  /** The recruiter's own name in the call when they confirmed (the self-view's), if it showed one. */
  consentBy?: string;
  skipped: ReadonlySet<string>;
  /** Participants whose frames the panel asked for. */
  requested: ReadonlySet<string>;
  records: ReadonlyMap<string, ParticipantRecord>;
  /** The last analysis failure, shown once in the panel. */
  error?: string;
}

export interface LivenessTracker {
  handle: (message: PageMessage) => void;
  /** `notice` is the text the recruiter was shown, kept with the summaries. */
  setConsent: (given: boolean, notice?: string) => void;
  setSkip: (key: string, skip: boolean) => void;
  /** The landmarker once it runs; undefined while it starts, or when it failed. */
  setAnalyser: (analyser: FrameAnalyser | undefined) => void;
  startChallenge: (key: string, kind: ChallengeKind) => void;
  endChallenge: (key: string) => void;
  getState: () => LivenessState;
  subscribe: (listener: () => void) => () => void;
}

/** `now` is the wall clock (epoch ms); tests pass their own. */
export function createLivenessTracker(post: (message: PanelMessage) => void, now: () => number = Date.now): LivenessTracker {
  let state: LivenessState = { consent: false, skipped: new Set(), requested: new Set(), records: new Map() };
  let analyser: FrameAnalyser | undefined;
  /** Worker streams by participant key; a closed stream gets a new id (and a fresh landmarker). */
  const streams = new Map<string, string>();
  let nextStream = 1;
  const listeners = new Set<() => void>();

  const set = (change: Partial<LivenessState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  const record = (key: string) => state.records.get(key) ?? emptyRecord();
  const setRecord = (key: string, next: ParticipantRecord) => set({ records: new Map(state.records).set(key, next) });
  const streamFor = (key: string) => {
    let id = streams.get(key);
    if (id === undefined) streams.set(key, (id = `participant-${nextStream++}`));
    return id;
  };
  const closeStream = (key: string) => {
    const id = streams.get(key);
    streams.delete(key);
    if (id !== undefined) analyser?.close(id);
  };
  const wanted = (key: string) => state.consent && analyser !== undefined && state.requested.has(key) && !state.skipped.has(key);

  /** Asks the page for exactly the participants that may be checked now. */
  const sync = () => {
    const eligible = new Set(
      state.consent && analyser
        ? (state.snapshot?.participants ?? []).filter((p) => notCheckedReason(p) === undefined && !state.skipped.has(p.key)).map((p) => p.key)
        : [],
    );
    for (const key of state.requested) {
      if (eligible.has(key)) continue;
      post({ type: 'sampling', key, on: false });
      closeStream(key);
    }
    for (const key of eligible) if (!state.requested.has(key)) post({ type: 'sampling', key, on: true });
    set({ requested: eligible });
  };

  const onFrame = (message: Extract<PageMessage, { type: 'frame' }>) => {
    const { key, bitmap, timestampMs } = message;
    const before = record(key);
    setRecord(key, {
      ...before,
      received: before.received + 1,
      droppedOnPage: before.droppedOnPage + message.dropped,
      pageCostMs: before.pageCostMs + message.pageCostMs,
      lastFrameMs: timestampMs,
      stopped: undefined,
    });
    const credit = () => post({ type: 'ready-for-next', key });
    if (!analyser || !wanted(key)) {
      bitmap.close();
      return credit();
    }
    const size = { width: bitmap.width, height: bitmap.height };
    analyser.track(streamFor(key), bitmap, timestampMs).then(
      (result) => {
        const current = record(key);
        if (typeof result === 'string') setRecord(key, { ...current, droppedInPanel: current.droppedInPanel + 1 });
        // A skip or withdrawn consent while the frame was analysed: its landmarks are not kept.
        else if (wanted(key)) setRecord(key, addFrame(current, { pageMs: timestampMs, frame: result }, size, now()));
      },
      (error: unknown) => {
        const current = record(key);
        setRecord(key, { ...current, failed: current.failed + 1 });
        set({ error: error instanceof Error ? error.message : String(error) });
      },
    ).finally(credit);
  };

  const onMarker = (message: Extract<PageMessage, { type: 'challenge-marker' }>) => {
    const current = record(message.key);
    const active = current.challenge;
    if (!active || active.kind !== message.challenge) return;
    if (message.phase === 'start') return setRecord(message.key, { ...current, challenge: { ...active, startMs: message.timestampMs } });
    if (active.startMs === undefined || !current.size) return setRecord(message.key, { ...current, challenge: undefined });
    const result = runChallenge(current.window, current.size, { kind: active.kind, startMs: active.startMs, endMs: message.timestampMs, at: now() });
    setRecord(message.key, { ...current, challenge: undefined, challenges: [...current.challenges, result] });
  };

  return {
    handle(message) {
      switch (message.type) {
        case 'participants':
          set({ snapshot: message.snapshot });
          return sync();
        case 'frame':
          return onFrame(message);
        case 'sampling-stopped':
          return setRecord(message.key, { ...record(message.key), stopped: message.reason });
        case 'challenge-marker':
          return onMarker(message);
      }
    },
    setConsent(given, notice) {
      post({ type: 'consent', given });
      const records = given ? state.records : new Map([...state.records].map(([key, r]) => [key, forgetFace(r)]));
      const self = given ? state.snapshot?.participants.find((p) => p.self && p.name)?.name : undefined;
      set({ consent: given, consentAt: given ? now() : undefined, consentNotice: given ? notice : undefined, consentBy: self?.slice(0, 200), records });
      sync();
    },
    setSkip(key, skip) {
      post({ type: 'skip-liveness', key, skip });
      const skipped = new Set(state.skipped);
      if (skip) skipped.add(key);
      else skipped.delete(key);
      set({ skipped, records: skip ? new Map(state.records).set(key, forgetFace(record(key))) : state.records });
      sync();
    },
    setAnalyser(next) {
      analyser = next;
      streams.clear();
      sync();
    },
    startChallenge(key, kind) {
      if (!wanted(key)) return;
      setRecord(key, { ...record(key), challenge: { kind } });
      post({ type: 'challenge', key, challenge: kind, phase: 'start' });
    },
    endChallenge(key) {
      const current = record(key);
      if (!current.challenge) return;
      // Not checked any more (camera off, left): no end marker would come, so the challenge is dropped.
      if (!wanted(key)) return setRecord(key, { ...current, challenge: undefined });
      post({ type: 'challenge', key, challenge: current.challenge.kind, phase: 'end' });
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
