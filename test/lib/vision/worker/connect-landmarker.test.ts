import { describe, expect, it } from 'vitest';
import { connectLandmarker, type Landmarker, type WorkerLike } from '../../../../lib/vision/worker/connect-landmarker';
import type { WorkerReply, WorkerRequest } from '../../../../lib/vision/worker/protocol';

/** Stands in for a transferred ImageBitmap (Node has none); says whether the client closed it. */
class Bitmap {
  closed = false;
  close() {
    this.closed = true;
  }
}
// The client only transfers and closes bitmaps, which the stand-in supports.
const bitmap = () => new Bitmap() as unknown as ImageBitmap & Bitmap;

type Answer = (request: WorkerRequest) => unknown;

/** A worker that answers each request with `answer` (a reply, a promise of one, or nothing). */
function fakeWorker(answer: Answer) {
  const listeners: Record<'message' | 'error', ((event: MessageEvent<unknown> | ErrorEvent) => void)[]> = { message: [], error: [] };
  const posted: { request: WorkerRequest; transfer: Transferable[] }[] = [];
  const state = { terminated: false };
  const emit = (type: 'message' | 'error', event: object) => listeners[type].forEach((l) => l(event as MessageEvent<unknown>));
  const worker: WorkerLike = {
    postMessage(request, transfer) {
      posted.push({ request, transfer });
      void Promise.resolve(answer(request)).then((reply) => reply !== undefined && emit('message', { type: 'message', data: reply }));
    },
    addEventListener: (type, listener) => void listeners[type].push(listener),
    terminate: () => void (state.terminated = true),
  };
  return { worker, posted, state, emit };
}

/** Answers start and stats as a healthy worker would, and nothing else. */
function ready(request: WorkerRequest): WorkerReply | undefined {
  if (request.type === 'start') return { type: 'ready', requestId: request.requestId, delegate: 'CPU', blendshapes: false, workerKind: 'module' };
  if (request.type === 'stats') return { type: 'stats', requestId: request.requestId, stats: { refusedRequests: 0, streams: [] } };
  return undefined;
}
const frame = (requestId: number, t = 0): WorkerReply => ({ type: 'frame', requestId, frame: { t, faces: [] }, detectMs: 7 });

/** Answers start, then each frame by `onTrack`. */
const session = (onTrack: (request: Extract<WorkerRequest, { type: 'track' }>) => unknown): Answer => (request) =>
  request.type === 'track' ? onTrack(request) : ready(request);

async function connect(answer: Answer) {
  const fake = fakeWorker(answer);
  const detected: number[] = [];
  const landmarker = await connectLandmarker(fake.worker, { modelUrl: '/vision/face_landmarker.task', wasmBase: '/vision/wasm', onDetect: (_, ms) => void detected.push(ms) });
  return { ...fake, landmarker, detected };
}

describe('connectLandmarker: starting', () => {
  it('sends the model and runtime places, CPU by default, and reports how the worker started', async () => {
    const { landmarker, posted } = await connect(ready);
    expect(posted.map((p) => p.request)).toEqual([{ type: 'start', requestId: 1, wasmBase: '/vision/wasm', delegate: 'CPU', modelUrl: '/vision/face_landmarker.task' }]);
    expect([landmarker.delegate, landmarker.blendshapes, landmarker.workerKind]).toEqual(['CPU', false, 'module']);
  });

  it.each<[string, Answer, RegExp]>([
    ['the worker failed to start', (r) => ({ type: 'failed', requestId: (r as { requestId: number }).requestId, error: 'No model at /x' }), /No model at \/x/],
    ['the worker answered something else', (r) => frame((r as { requestId: number }).requestId), /Unexpected reply "frame"/],
    ['the reply is not understood', () => ({ type: 'ready', requestId: 1 }), /does not understand/],
  ])('rejects and stops the worker when %s', async (_, answer, message) => {
    const fake = fakeWorker(answer);
    await expect(connectLandmarker(fake.worker, { modelUrl: '/m.task', wasmBase: '/w' })).rejects.toThrow(message);
    expect(fake.state.terminated).toBe(true);
  });
});

describe('connectLandmarker: frames', () => {
  it.each<[string, (request: Extract<WorkerRequest, { type: 'track' }>) => unknown, unknown, number]>([
    ['a frame with its landmarks', (r) => frame(r.requestId, 33), { t: 33, faces: [] }, 0],
    ['a frame the worker found stale', (r) => ({ type: 'skipped', requestId: r.requestId, reason: 'stale' }), 'stale', 0],
    ['a frame the worker was too busy for', (r) => ({ type: 'skipped', requestId: r.requestId, reason: 'busy' }), 'dropped', 1],
    ['a frame whose stream closed meanwhile', (r) => ({ type: 'skipped', requestId: r.requestId, reason: 'closed' }), 'dropped', 1],
  ])('returns %s', async (_, onTrack, expected, dropped) => {
    const { landmarker } = await connect(session(onTrack));
    expect(await landmarker.track('tile', bitmap(), 0)).toEqual(expected);
    expect((await landmarker.stats()).dropped).toBe(dropped);
  });

  it('transfers the frame to the worker and reports the landmarker\'s time', async () => {
    const { landmarker, posted, detected } = await connect(session((r) => frame(r.requestId)));
    const sent = bitmap();
    await landmarker.track('tile', sent, 5);
    expect(posted[1]).toEqual({ request: { type: 'track', requestId: 2, streamId: 'tile', timestampMs: 5, bitmap: sent }, transfer: [sent] });
    expect(detected).toEqual([7]);
  });

  it('drops a frame at once while its stream has one in flight, without sending it', async () => {
    // The first frame's answer waits for `release`; later frames are answered at once.
    let release: (() => void) | undefined;
    const { landmarker, posted } = await connect(session((r) =>
      release ? frame(r.requestId) : new Promise((resolve) => (release = () => resolve(frame(r.requestId))))));
    const first = landmarker.track('tile', bitmap(), 0);
    const second = bitmap();
    expect(await landmarker.track('tile', second, 33)).toBe('dropped');
    expect(second.closed).toBe(true);
    expect(await landmarker.track('other tile', bitmap(), 33)).not.toBe('dropped');
    release?.();
    expect(await first).toEqual({ t: 0, faces: [] });
    expect(posted.filter((p) => p.request.type === 'track')).toHaveLength(2);
    expect(await landmarker.track('tile', bitmap(), 66)).toEqual({ t: 0, faces: [] });
    expect((await landmarker.stats()).dropped).toBe(1);
  });
});

describe('connectLandmarker: the worker going away', () => {
  it.each<[string, (fake: ReturnType<typeof fakeWorker>, landmarker: Landmarker) => void, RegExp]>([
    ['it stopped with an error', (fake) => fake.emit('error', { type: 'error', message: 'out of memory' }), /stopped: out of memory/],
    ['it sent a reply that is not understood', (fake) => fake.emit('message', { type: 'message', data: { type: 'frame', requestId: 2, frame: { pixels: [] } } }), /does not understand/],
    ['it was disposed', (_, landmarker) => landmarker.dispose(), /disposed/],
  ])('rejects the frame in flight and later ones when %s', async (_, end, message) => {
    const fake = await connect(session(() => new Promise(() => undefined)));
    const pending = fake.landmarker.track('tile', bitmap(), 0);
    end(fake, fake.landmarker);
    await expect(pending).rejects.toThrow(message);
    const later = bitmap();
    await expect(fake.landmarker.track('tile', later, 33)).rejects.toThrow(message);
    expect(later.closed).toBe(true);
    expect(fake.state.terminated).toBe(true);
  });

  it('closes a stream without waiting for an answer', async () => {
    const { landmarker, posted } = await connect(ready);
    landmarker.close('tile');
    expect(posted.at(-1)).toEqual({ request: { type: 'close', streamId: 'tile' }, transfer: [] });
  });
});
