import { describe, expect, it, vi } from 'vitest';
import { createCandidateLinks, type LinkOptions } from '../../../lib/meeting/candidate-links';
import type { LivenessState } from '../../../lib/meeting/liveness-tracker';
import { addFrame, emptyRecord, type ParticipantRecord } from '../../../lib/meeting/participant-record';
import type { ParticipantInfo } from '../../../lib/sites/meetings/define-meeting-adapter';
import type { LandmarkFrame } from '../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../vision/cues/recordings';

const d9 = recording('d9');
const ADA: ParticipantInfo = { key: 'p1', name: 'Ada Brook', self: false, screenShare: false, cameraOn: true, media: 'video' };
const CONSENT_AT = 1_790_000_000_000;

function framesRecord(count: number, from: ParticipantRecord = emptyRecord()): ParticipantRecord {
  let r = from;
  const start = r.analysed * 100;
  for (let i = 0; i < count; i++) {
    const t = start + i * 100;
    r = addFrame(r, { pageMs: t, frame: { ...(d9.frames[i % d9.frames.length] as LandmarkFrame), t } }, d9.size, CONSENT_AT + t);
  }
  return r;
}

/** A tracker stand-in whose state the test sets; the links only read it and listen. */
function fakeTracker(initial: Partial<LivenessState> = {}) {
  let state: LivenessState = {
    consent: true,
    consentAt: CONSENT_AT,
    consentNotice: 'We check the video is live; you may decline.',
    consentBy: 'Riley Marchetti',
    skipped: new Set(),
    requested: new Set(['p1']),
    records: new Map([['p1', framesRecord(20)]]),
    snapshot: { participants: [ADA], health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: [], found: [], problems: [] } },
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (l: () => void) => (listeners.add(l), () => void listeners.delete(l)),
    set(change: Partial<LivenessState>) {
      state = { ...state, ...change };
      listeners.forEach((l) => l());
    },
  };
}

function setup(initial: Partial<LivenessState> = {}, client: Partial<LinkOptions['client']> = {}) {
  const tracker = fakeTracker(initial);
  const saveLiveness = vi.fn(client.saveLiveness ?? (async () => {}));
  const removeLiveness = vi.fn(client.removeLiveness ?? (async () => {}));
  let tick = () => {};
  let n = 0;
  const links = createCandidateLinks({
    client: { saveLiveness, removeLiveness },
    tracker,
    now: () => 5,
    newId: () => `summary-${++n}`,
    every: (_ms, run) => ((tick = run), () => {}),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { tracker, links, saveLiveness, removeLiveness, tick: () => tick(), settle, link: () => links.getState().links.get('p1') };
}

const ADA_RECORD = { id: 'cand-ada', displayName: 'Ada Brook' };
const BEN_RECORD = { id: 'cand-ben', displayName: 'Ben Carr' };

describe('candidate links', () => {
  it('linking saves the summary at once, with the notice the candidate agreed to', async () => {
    const { links, saveLiveness, settle, link } = setup();
    links.link(ADA, ADA_RECORD);
    await settle();
    expect(saveLiveness).toHaveBeenCalledExactlyOnceWith({
      candidateId: 'cand-ada',
      summaryId: 'summary-1',
      summary: expect.objectContaining({
        meetingSource: 'jitsi', participantName: 'Ada Brook', framesAnalysed: 20, consentNotice: 'We check the video is live; you may decline.', consentConfirmedBy: 'Riley Marchetti',
      }),
    });
    expect(link()).toMatchObject({ saving: false, savedAt: 5, error: undefined });
  });

  it.each([
    { name: 'the timer sends nothing while the summary is unchanged', change: () => ({}), saves: 1 },
    { name: 'the timer sends a changed summary again under the same id', change: (r: ParticipantRecord) => ({ records: new Map([['p1', framesRecord(10, r)]]) }), saves: 2 },
  ])('$name', async ({ change, saves }) => {
    const { links, tracker, saveLiveness, tick, settle } = setup();
    links.link(ADA, ADA_RECORD);
    await settle();
    tracker.set(change(tracker.getState().records.get('p1') as ParticipantRecord));
    tick();
    await settle();
    expect(saveLiveness).toHaveBeenCalledTimes(saves);
    expect(new Set(saveLiveness.mock.calls.map(([c]) => c.summaryId))).toEqual(new Set(['summary-1']));
  });

  it.each([
    { name: 'a skip (the accommodation replaces the summary)', change: () => ({ skipped: new Set(['p1']) }), expected: { skipped: 'accommodation', framesAnalysed: 0 } },
    { name: 'the person leaving', change: (r: ParticipantRecord) => ({ records: new Map([['p1', framesRecord(5, r)]]), snapshot: { participants: [], health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: [], found: [], problems: [] } } }), expected: { framesAnalysed: 25, participantName: 'Ada Brook' } },
    { name: 'a challenge result', change: (r: ParticipantRecord) => ({ records: new Map<string, ParticipantRecord>([['p1', { ...r, challenges: [{ kind: 'turn-head' as const, startMs: 0, endMs: 900, result: 'pass' as const, reason: 'Turned 50°', at: 7 }] }]]) }), expected: { challenges: [{ kind: 'turn-head', outcome: 'pass', reason: 'Turned 50°', at: 7 }] } },
  ] satisfies Array<{ name: string; change: (r: ParticipantRecord) => Partial<LivenessState>; expected: object }>)('saves at once on $name', async ({ change, expected }) => {
    const { links, tracker, saveLiveness, settle } = setup();
    links.link(ADA, ADA_RECORD);
    await settle();
    tracker.set(change(tracker.getState().records.get('p1') as ParticipantRecord));
    await settle();
    expect(saveLiveness).toHaveBeenCalledTimes(2);
    expect(saveLiveness.mock.calls[1]?.[0].summary).toMatchObject(expected);
  });

  it('nothing is saved before anything was analysed; the first analysed frames are', async () => {
    const { links, tracker, saveLiveness, tick, settle } = setup({ records: new Map() });
    links.link(ADA, ADA_RECORD);
    tick();
    await settle();
    expect(saveLiveness).not.toHaveBeenCalled();
    tracker.set({ records: new Map([['p1', framesRecord(3)]]) });
    tick();
    await settle();
    expect(saveLiveness).toHaveBeenCalledOnce();
  });

  it('linking to another candidate moves the same summary id', async () => {
    const { links, saveLiveness, settle, link } = setup();
    links.link(ADA, ADA_RECORD);
    await settle();
    links.link(ADA, BEN_RECORD);
    await settle();
    expect(saveLiveness.mock.calls.map(([c]) => [c.candidateId, c.summaryId])).toEqual([['cand-ada', 'summary-1'], ['cand-ben', 'summary-1']]);
    expect(link()?.candidate).toEqual(BEN_RECORD);
  });

  it('a relink while the first save is under way is saved when that one returns', async () => {
    let release = () => {};
    const first = new Promise<void>((r) => (release = r));
    const { links, saveLiveness, settle } = setup({}, { saveLiveness: vi.fn().mockReturnValueOnce(first).mockResolvedValue(undefined) });
    links.link(ADA, ADA_RECORD);
    links.link(ADA, BEN_RECORD);
    expect(saveLiveness).toHaveBeenCalledOnce();
    release();
    await settle();
    await settle();
    expect(saveLiveness.mock.calls.map(([c]) => c.candidateId)).toEqual(['cand-ada', 'cand-ben']);
  });

  it('unlinking takes the saved summary off the candidate', async () => {
    const { links, removeLiveness, settle, link } = setup();
    links.link(ADA, ADA_RECORD);
    await settle();
    await links.unlink('p1');
    expect(removeLiveness).toHaveBeenCalledExactlyOnceWith('summary-1');
    expect(link()).toBeUndefined();
  });

  it('a failed removal keeps the link and says why', async () => {
    const { links, settle, link } = setup({}, { removeLiveness: async () => Promise.reject(new Error('extension restarted')) });
    links.link(ADA, ADA_RECORD);
    await settle();
    await links.unlink('p1');
    expect(link()?.error).toBe('Could not take the summary off Ada Brook: extension restarted');
  });

  it('a failed save is shown and can be retried', async () => {
    const saveLiveness = vi.fn().mockRejectedValueOnce(new Error('This candidate is no longer stored.')).mockResolvedValue(undefined);
    const { links, settle, link } = setup({}, { saveLiveness });
    links.link(ADA, ADA_RECORD);
    await settle();
    expect(link()).toMatchObject({ saving: false, error: 'This candidate is no longer stored.' });
    links.retry('p1');
    await settle();
    expect(link()).toMatchObject({ error: undefined, savedAt: 5 });
  });
});
