import { describe, expect, it } from 'vitest';
import { createStreamLandmarkers, type TrackOutcome, type VideoLandmarker } from '../../../../lib/vision/worker/stream-landmarkers';

/** A frame that says whether it was closed; `faces` is what the stand-in landmarker finds in it. */
class Frame {
  closed = false;
  constructor(readonly faces: number) {}
  close() {
    this.closed = true;
  }
}

/** A 478-point mesh, as the product's model gives. */
const MESH = Array.from({ length: 478 }, (_, i) => ({ x: 0.3 + (i % 20) / 100, y: 0.3 + Math.floor(i / 20) / 100, z: 0 }));

/**
 * Stand-in landmarkers that, like MediaPipe's VIDEO mode, throw on a timestamp that does not rise,
 * and write down what they were asked. `fail` makes the nth creation or a frame's detection throw.
 */
function world(fail: { create?: number; detectAt?: number } = {}) {
  const log: string[] = [];
  let made = 0;
  const create = async (): Promise<VideoLandmarker<Frame>> => {
    const id = ++made;
    await Promise.resolve();
    if (id === fail.create) throw new Error('model did not load');
    let last = -Infinity;
    return {
      detectForVideo(frame, timestampMs) {
        if (timestampMs <= last) throw new Error('timestamp must be monotonically increasing');
        if (timestampMs === fail.detectAt) throw new Error('graph failed');
        last = timestampMs;
        log.push(`#${id} @${timestampMs}`);
        return { faceLandmarks: Array.from({ length: frame.faces }, () => MESH) };
      },
      close: () => void log.push(`#${id} closed`),
    };
  };
  let tick = 0;
  const landmarkers = createStreamLandmarkers({ create, hash: () => 'f'.repeat(64), now: () => (tick += 5) });
  return { landmarkers, log };
}

type World = ReturnType<typeof world>;
const show = (outcome: TrackOutcome) => ('skipped' in outcome ? outcome.skipped : `t${outcome.frame.t} faces${outcome.frame.faces.length}`);
const track = ({ landmarkers }: World, stream: string, timestampMs: number, faces = 1) =>
  landmarkers.track(stream, new Frame(faces), timestampMs).then(show, (error: Error) => `error: ${error.message}`);

describe('createStreamLandmarkers', () => {
  it.each<[string, (w: World) => Promise<string[]>, string[], string[]]>([
    ['analyses a stream\'s frames in order, timed from its first frame',
      async (w) => [await track(w, 'a', 500), await track(w, 'a', 533, 0), await track(w, 'a', 566, 2)],
      ['t0 faces1', 't33 faces0', 't66 faces2'], ['#1 @500', '#1 @533', '#1 @566']],
    ['gives each stream its own landmarker, so their clocks may overlap',
      async (w) => [await track(w, 'a', 0), await track(w, 'b', 0), await track(w, 'a', 33), await track(w, 'b', 33)],
      ['t0 faces1', 't0 faces1', 't33 faces1', 't33 faces1'], ['#1 @0', '#2 @0', '#1 @33', '#2 @33']],
    ['skips a frame whose timestamp does not rise, without showing it to the landmarker',
      async (w) => [await track(w, 'a', 100), await track(w, 'a', 100), await track(w, 'a', 99), await track(w, 'a', 133)],
      ['t0 faces1', 'stale', 'stale', 't33 faces1'], ['#1 @100', '#1 @133']],
    ['skips a frame that arrives while the stream\'s previous one is in progress',
      (w) => Promise.all([track(w, 'a', 0), track(w, 'a', 33)]),
      ['t0 faces1', 'busy'], ['#1 @0']],
    ['skips a frame whose stream was closed while it waited for its landmarker',
      async (w) => {
        const waiting = track(w, 'a', 0);
        w.landmarkers.close('a');
        return [await waiting];
      },
      ['closed'], ['#1 closed']],
    ['starts a closed stream afresh, with a new landmarker and clock',
      async (w) => {
        const first = await track(w, 'a', 900);
        w.landmarkers.close('a');
        return [first, await track(w, 'a', 0)];
      },
      ['t0 faces1', 't0 faces1'], ['#1 @900', '#1 closed', '#2 @0']],
    ['ignores closing a stream it does not know', async (w) => {
      w.landmarkers.close('nobody');
      return [await track(w, 'a', 0)];
    }, ['t0 faces1'], ['#1 @0']],
  ])('%s', async (_, scenario, expected, expectedLog) => {
    const w = world();
    const outcomes = await scenario(w);
    await Promise.resolve();
    expect(outcomes).toEqual(expected);
    expect(w.log).toEqual(expectedLog);
  });

  it.each<[string, { create?: number; detectAt?: number }, string[], string[]]>([
    ['a landmarker that does not start fails the frame; the next frame tries again', { create: 1 },
      ['error: model did not load', 't0 faces1', 't10 faces1'], ['#2 @20', '#2 @30']],
    ['a landmarker that throws is closed and replaced', { detectAt: 20 },
      ['t0 faces1', 'error: graph failed', 't0 faces1'], ['#1 @10', '#1 closed', '#2 @30']],
  ])('%s', async (_, fail, expected, expectedLog) => {
    const w = world(fail);
    const outcomes = [await track(w, 'a', 10), await track(w, 'a', 20), await track(w, 'a', 30)];
    await Promise.resolve();
    expect(outcomes).toEqual(expected);
    expect(w.log).toEqual(expectedLog);
  });

  it('closes every frame it is given, analysed or not', async () => {
    const { landmarkers } = world();
    const frames = [new Frame(1), new Frame(1), new Frame(1), new Frame(0)];
    await Promise.all([landmarkers.track('a', frames[0]!, 0), landmarkers.track('a', frames[1]!, 10)]);
    await landmarkers.track('a', frames[2]!, 0);
    await landmarkers.track('a', frames[3]!, 50);
    expect(frames.map((f) => f.closed)).toEqual([true, true, true, true]);
  });

  it('counts what it did per open stream', async () => {
    const w = world();
    await Promise.all([track(w, 'a', 0, 1), track(w, 'a', 5)]);
    await track(w, 'a', 0);
    await track(w, 'a', 33, 0);
    await track(w, 'b', 0, 2);
    expect(w.landmarkers.stats()).toEqual([
      { streamId: 'a', analysed: 2, withFace: 1, skipped: { stale: 1, busy: 1, closed: 0 }, meshPoints: 478 },
      { streamId: 'b', analysed: 1, withFace: 1, skipped: { stale: 0, busy: 0, closed: 0 }, meshPoints: 478 },
    ]);
    w.landmarkers.close('a');
    expect(w.landmarkers.stats().map((s) => s.streamId)).toEqual(['b']);
  });

  it('returns the landmark subset, the face\'s box, the frame hash and the landmarker\'s time', async () => {
    const { landmarkers } = world();
    const outcome = await landmarkers.track('a', new Frame(1), 0);
    expect('frame' in outcome && outcome).toMatchObject({
      detectMs: 5,
      frame: { t: 0, frameHash: 'f'.repeat(64), faces: [{ box: { x: 0.3, y: 0.3 } }] },
    });
  });
});
