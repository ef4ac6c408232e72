import { beforeEach, describe, expect, it } from 'vitest';
import type { PageMessage, PanelMessage } from '../../../lib/meeting/bridge-protocol';
import { createLivenessTracker, type FrameAnalyser, type LivenessTracker } from '../../../lib/meeting/liveness-tracker';
import type { ParticipantInfo } from '../../../lib/sites/meetings/define-meeting-adapter';
import { turnHead } from '../../../lib/vision/cues/challenges/turn-head';
import type { LandmarkFrame } from '../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../vision/cues/recordings';

/**
 * The panel's decisions with a stand-in landmarker that answers with frames of a real landmark
 * recording (d9: one person, 512 x 480, 30 fps), so the cues run on real landmarker output.
 */

const d9 = recording('d9');
const person = (key: string, change: Partial<ParticipantInfo> = {}): ParticipantInfo => ({
  key, name: key, self: false, screenShare: false, cameraOn: true, media: 'video', ...change,
});
const PARTICIPANTS = [person('local', { self: true }), person('ana'), person('ana/share', { screenShare: true }), person('ben', { cameraOn: false, media: 'none' })];
const participants: PageMessage = {
  type: 'participants',
  snapshot: { participants: PARTICIPANTS, health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: [], found: [], problems: [] } },
};

interface FakeBitmap { width: number; height: number; closed: boolean; close: () => void }
const bitmap = (): FakeBitmap => {
  const b: FakeBitmap = { width: d9.size.width, height: d9.size.height, closed: false, close: () => void (b.closed = true) };
  return b;
};

let posted: PanelMessage[];
let tracked: { streamId: string; timestampMs: number }[];
let closedStreams: string[];
let answer: (index: number) => Promise<LandmarkFrame | 'dropped' | 'stale'>;
let tracker: LivenessTracker;
/** The wall clock the tracker sees. */
const NOW = 1_790_000_000_000;

const analyser: FrameAnalyser = {
  track: (streamId, _bitmap, timestampMs) => {
    tracked.push({ streamId, timestampMs });
    return answer(tracked.length - 1);
  },
  close: (streamId) => void closedStreams.push(streamId),
};

/** Sends the page's frame for `key` at `t` and lets the analysis settle. */
async function frame(key: string, t: number): Promise<FakeBitmap> {
  const b = bitmap();
  tracker.handle({ type: 'frame', key, timestampMs: t, bitmap: b as unknown as ImageBitmap, dropped: 0, pageCostMs: 2 });
  for (let i = 0; i < 4; i++) await Promise.resolve();
  return b;
}
const sent = (type: PanelMessage['type']) => posted.filter((m) => m.type === type);
const record = (key: string) => tracker.getState().records.get(key);

beforeEach(() => {
  posted = [];
  tracked = [];
  closedStreams = [];
  // Every third recorded frame: 10 fps, as the page samples.
  answer = (index) => Promise.resolve(d9.frames[(index * 3) % d9.frames.length] as LandmarkFrame);
  tracker = createLivenessTracker((m) => posted.push(m), () => NOW);
  tracker.handle(participants);
});

describe('createLivenessTracker', () => {
  const gates: Array<[string, () => void, string[]]> = [
    ['no consent, no landmarker: asks for nobody', () => undefined, []],
    ['consent without a running landmarker: asks for nobody yet', () => tracker.setConsent(true), []],
    ['a running landmarker without consent: asks for nobody', () => tracker.setAnalyser(analyser), []],
    ['consent and a landmarker: asks only for the other person with a camera', () => {
      tracker.setConsent(true);
      tracker.setAnalyser(analyser);
    }, ['ana']],
    ['consent, landmarker, and a skip for that person: asks for nobody', () => {
      tracker.setConsent(true);
      tracker.setSkip('ana', true);
      tracker.setAnalyser(analyser);
    }, []],
  ];
  it.each(gates)('%s', (_name, act, asked) => {
    act();
    expect(sent('sampling').filter((m) => m.type === 'sampling' && m.on).map((m) => m.type === 'sampling' && m.key)).toEqual(asked);
  });

  it('refuses and frees frames it did not ask for, and still returns the credit', async () => {
    const before = await frame('ana', 100);
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    const self = await frame('local', 200);
    expect([before.closed, self.closed]).toEqual([true, true]);
    expect(tracked).toEqual([]);
    expect(sent('ready-for-next')).toEqual([{ type: 'ready-for-next', key: 'ana' }, { type: 'ready-for-next', key: 'local' }]);
    expect(record('local')?.received).toBe(1);
    expect(record('local')?.analysed).toBe(0);
  });

  it('analyses asked-for frames: counts, face found, the cue summary, one credit per frame', async () => {
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    for (let i = 0; i < 40; i++) await frame('ana', 1000 + i * 100);
    const r = record('ana');
    expect([r?.received, r?.analysed, r?.withFace, r?.faceInLastFrame, r?.pageCostMs]).toEqual([40, 40, 40, true, 80]);
    expect(r?.summary?.presence.status).toBe('measured');
    expect(r?.summary?.headPose.status).toBe('measured');
    expect(sent('ready-for-next')).toHaveLength(40);
    expect(new Set(tracked.map((t) => t.streamId)).size).toBe(1);
  });

  const refusals: Array<[string, () => Promise<LandmarkFrame | 'dropped' | 'stale'>, { droppedInPanel: number; failed: number; error?: string }]> = [
    ['the landmarker drops the frame', () => Promise.resolve('dropped'), { droppedInPanel: 1, failed: 0 }],
    ['the frame is out of time order', () => Promise.resolve('stale'), { droppedInPanel: 1, failed: 0 }],
    ['the landmarker fails', () => Promise.reject(new Error('The landmark worker stopped.')), { droppedInPanel: 0, failed: 1, error: 'The landmark worker stopped.' }],
  ];
  it.each(refusals)('%s: counted, and the credit still comes', async (_name, result, expected) => {
    answer = result;
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    await frame('ana', 100);
    const r = record('ana');
    expect({ droppedInPanel: r?.droppedInPanel, failed: r?.failed, error: tracker.getState().error }).toEqual(expected);
    expect(sent('ready-for-next')).toHaveLength(1);
  });

  const forgets: Array<[string, () => void, PanelMessage[]]> = [
    ['a skip', () => tracker.setSkip('ana', true), [{ type: 'skip-liveness', key: 'ana', skip: true }, { type: 'sampling', key: 'ana', on: false }]],
    ['withdrawn consent', () => tracker.setConsent(false), [{ type: 'consent', given: false }, { type: 'sampling', key: 'ana', on: false }]],
  ];
  it.each(forgets)('%s stops the frames, closes the stream and forgets what was seen', async (_name, act, messages) => {
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    for (let i = 0; i < 5; i++) await frame('ana', 100 + i * 100);
    posted = [];
    act();
    expect(posted).toEqual(messages);
    expect(closedStreams).toEqual(['participant-1']);
    expect(record('ana')).toMatchObject({ analysed: 0, withFace: 0, window: [], received: 5, pageCostMs: 10 });
    expect(record('ana')?.summary).toBeUndefined();
    const late = await frame('ana', 900);
    expect(late.closed).toBe(true);
    expect(tracked).toHaveLength(5);
  });

  it('a person who leaves stops being asked for, and their stream is closed', async () => {
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    await frame('ana', 100);
    posted = [];
    tracker.handle({ ...participants, snapshot: { ...participants.snapshot, participants: [PARTICIPANTS[0] as ParticipantInfo] } } as PageMessage);
    expect(posted).toEqual([{ type: 'sampling', key: 'ana', on: false }]);
    expect(closedStreams).toEqual(['participant-1']);
  });

  it('a challenge is measured on exactly the frames between its markers', async () => {
    tracker.setConsent(true);
    tracker.setAnalyser(analyser);
    for (let i = 0; i < 10; i++) await frame('ana', 1000 + i * 100);
    tracker.startChallenge('ana', 'turn-head');
    expect(sent('challenge')).toEqual([{ type: 'challenge', key: 'ana', challenge: 'turn-head', phase: 'start' }]);
    tracker.handle({ type: 'challenge-marker', key: 'ana', challenge: 'turn-head', phase: 'start', timestampMs: 2000 });
    for (let i = 10; i < 40; i++) await frame('ana', 1000 + i * 100);
    tracker.endChallenge('ana');
    tracker.handle({ type: 'challenge-marker', key: 'ana', challenge: 'turn-head', phase: 'end', timestampMs: 4000 });
    const window = (record('ana')?.window ?? []).filter((f) => f.pageMs >= 2000 && f.pageMs <= 4000);
    const expected = turnHead({ size: d9.size, frames: window.map((f) => f.frame) });
    expect(window).toHaveLength(21);
    expect(record('ana')?.challenges).toEqual([{ kind: 'turn-head', startMs: 2000, endMs: 4000, result: expected.result, reason: expected.reason, at: NOW }]);
    expect(record('ana')?.challenge).toBeUndefined();
  });

  it('no challenge for someone who is not being checked', () => {
    tracker.startChallenge('local', 'turn-head');
    expect(sent('challenge')).toEqual([]);
  });

  it('notifies subscribers of each change', async () => {
    let calls = 0;
    const unsubscribe = tracker.subscribe(() => void calls++);
    tracker.setConsent(true);
    expect(calls).toBeGreaterThan(0);
    unsubscribe();
    const seen = calls;
    tracker.setConsent(false);
    expect(calls).toBe(seen);
  });
});

describe('who confirmed consent', () => {
  const withSelf = (self: ParticipantInfo | undefined): PageMessage => ({
    type: 'participants',
    snapshot: { participants: [...(self ? [self] : []), person('ana')], health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: [], found: [], problems: [] } },
  });
  const cases: Array<[string, ParticipantInfo | undefined, string | undefined]> = [
    ["the recruiter's own name in the call", person('local', { self: true, name: 'Riley Marchetti (Recruiter)' }), 'Riley Marchetti (Recruiter)'],
    ['a self-view without a name: not known', { ...person('local', { self: true }), name: undefined } as unknown as ParticipantInfo, undefined],
    ['no self-view at all: not known', undefined, undefined],
  ];
  it.each(cases)('%s', (_label, self, expected) => {
    tracker.handle(withSelf(self));
    tracker.setConsent(true, 'We check the video is live; you may decline.');
    expect(tracker.getState().consentBy).toBe(expected);
    tracker.setConsent(false);
    expect(tracker.getState().consentBy).toBeUndefined();
  });
});
