import { describe, expect, it } from 'vitest';
import type { PageMessage } from '../../../lib/meeting/bridge-protocol';
import type { FrameJob, VideoFrameHandOff } from '../../../lib/meeting/frame-relay-protocol';
import { createStreamSamplers } from '../../../lib/meeting/stream-samplers';
import type { Participant } from '../../../lib/sites/meetings/define-meeting-adapter';
import type { FrameSamplerOptions } from '../../../lib/vision/sampler/frame-sampler';
import type { StopReason } from '../../../lib/vision/sampler/stop-reason';

/** A sampler stand-in the test drives: `offer` plays one due frame through the real sink. */
function harness(options: { acceptPosts?: boolean; frames?: VideoFrameHandOff } = {}) {
  const started: { options: FrameSamplerOptions; stopped: boolean; dropped: number }[] = [];
  const posted: PageMessage[] = [];
  const samplers = createStreamSamplers({
    frames: options.frames,
    post: (message) => {
      if (options.acceptPosts === false) return false;
      posted.push(message);
      return true;
    },
    start: (opts) => {
      const entry = { options: opts, stopped: false, dropped: 0 };
      started.push(entry);
      return {
        stop: () => {
          if (entry.stopped) return;
          entry.stopped = true;
          opts.onStop?.('stopped');
        },
        stats: () => ({ sent: 0, dropped: entry.dropped, failed: 0, mainThreadMs: 0 }),
      };
    },
  });
  /** One due frame for the sampler at `index`: dropped when not ready, else captured and sent. */
  const offer = (index: number, t: number) => {
    const entry = started[index];
    if (!entry) throw new Error(`no sampler ${index}`);
    if (!entry.options.sink.ready()) return void entry.dropped++;
    const { sink } = entry.options;
    if (sink.takesVideoFrames?.()) {
      const frame = { close: () => undefined } as unknown as VideoFrame;
      return sink.send({ kind: 'video-frame', frame, size: { width: 256, height: 144 } }, t, 0.1);
    }
    const bitmap = { close: () => undefined } as unknown as ImageBitmap;
    return sink.send({ kind: 'bitmap', bitmap }, t, 1.5);
  };
  const endOwn = (index: number, reason: StopReason) => {
    const entry = started[index];
    if (entry) {
      entry.stopped = true;
      entry.options.onStop?.(reason);
    }
  };
  return { samplers, started, posted, offer, endOwn };
}

const element = () => ({}) as HTMLVideoElement;
const person = (key: string, video = element()): Participant => ({ key, self: false, screenShare: false, cameraOn: true, media: 'video', video });
const frames = (posted: PageMessage[]) => posted.filter((m) => m.type === 'frame').map((m) => m.type === 'frame' && [m.key, m.timestampMs, m.dropped, m.pageCostMs]);

describe('createStreamSamplers', () => {
  it('keeps one frame in flight per participant: the next is captured only after the credit', () => {
    const { samplers, posted, offer } = harness();
    samplers.reconcile([person('ana'), person('ben')]);
    offer(0, 100);
    offer(0, 200); // ana's first frame is still out: not captured, counted as dropped
    offer(1, 150); // ben has his own credit
    offer(0, 300);
    samplers.credit('ana');
    offer(0, 400);
    expect(frames(posted)).toEqual([['ana', 100, 0, 1.5], ['ben', 150, 0, 1.5], ['ana', 400, 2, 1.5]]);
  });

  it('starts and stops with the plan, and restarts a participant whose video element was replaced', () => {
    const { samplers, started } = harness();
    const ana = person('ana');
    samplers.reconcile([ana, person('ben')]);
    expect(samplers.active()).toEqual(['ana', 'ben']);
    samplers.reconcile([ana]);
    expect(samplers.active()).toEqual(['ana']);
    expect(started.map((s) => s.stopped)).toEqual([false, true]);
    samplers.reconcile([person('ana')]); // same key, new element
    expect(started.map((s) => s.stopped)).toEqual([true, true, false]);
    expect(samplers.active()).toEqual(['ana']);
  });

  const ownStops: Array<[StopReason, boolean]> = [
    ['hidden', true],
    ['removed', true],
    ['ended', false],
    ['unreadable', false],
  ];
  it.each(ownStops)('a sampler that stopped itself (%s) is reported; started again on the same element: %s', (reason, restarts) => {
    const { samplers, started, posted, endOwn } = harness();
    const ana = person('ana');
    samplers.reconcile([ana]);
    endOwn(0, reason);
    expect(posted).toEqual([{ type: 'sampling-stopped', key: 'ana', reason }]);
    expect(samplers.active()).toEqual([]);
    samplers.reconcile([ana]);
    expect(started).toHaveLength(restarts ? 2 : 1);
  });

  it('does not count a frame as sent when the panel is gone', () => {
    const { samplers, offer } = harness({ acceptPosts: false });
    samplers.reconcile([person('ana')]);
    expect(offer(0, 100)).toBe(false);
  });

  it('hands whole video frames to the relay once it runs, with the same credits and drop counts', () => {
    let relayUp = false;
    const jobs: FrameJob[] = [];
    const relay: VideoFrameHandOff = { ready: () => relayUp, send: (job) => (jobs.push(job), true) };
    const { samplers, posted, offer } = harness({ frames: relay });
    samplers.reconcile([person('ana')]);
    offer(0, 100); // no relay yet: a bitmap over the bridge
    samplers.credit('ana');
    relayUp = true;
    offer(0, 200);
    offer(0, 300); // still out: dropped
    samplers.credit('ana');
    offer(0, 400);
    expect(frames(posted)).toEqual([['ana', 100, 0, 1.5]]);
    expect(jobs).toEqual([
      { key: 'ana', timestampMs: 200, dropped: 0, pageCostMs: 0.1, width: 256, height: 144 },
      { key: 'ana', timestampMs: 400, dropped: 1, pageCostMs: 0.1, width: 256, height: 144 },
    ]);
  });

  it('takes nothing while the relay is starting (rather than scale on the main thread meanwhile)', () => {
    let starting = true;
    const jobs: FrameJob[] = [];
    const relay: VideoFrameHandOff = { ready: () => !starting, starting: () => starting, send: (job) => (jobs.push(job), true) };
    const { samplers, posted, offer } = harness({ frames: relay });
    samplers.reconcile([person('ana')]);
    offer(0, 100);
    starting = false;
    offer(0, 200);
    expect(frames(posted)).toEqual([]);
    expect(jobs.map((j) => [j.timestampMs, j.dropped])).toEqual([[200, 1]]);
  });

  it('does not count a video frame as sent when the relay refuses it', () => {
    const { samplers, offer } = harness({ frames: { ready: () => true, send: () => false } });
    samplers.reconcile([person('ana')]);
    expect(offer(0, 100)).toBe(false);
    expect(offer(0, 200)).toBe(false); // nothing went out, so nothing is in flight
  });

  it('stopAll stops every sampler and forgets the credits', () => {
    const { samplers, started, offer, posted } = harness();
    samplers.reconcile([person('ana')]);
    offer(0, 100);
    samplers.stopAll();
    expect(started[0]?.stopped).toBe(true);
    samplers.reconcile([person('ana')]);
    offer(1, 200);
    expect(frames(posted)).toEqual([['ana', 100, 0, 1.5], ['ana', 200, 0, 1.5]]);
  });
});
