import type { Participant } from '../sites/meetings/define-meeting-adapter';
import { startFrameSampler, type FrameSampler, type FrameSamplerOptions, type SampleSource } from '../vision/sampler/frame-sampler';
import type { StopReason } from '../vision/sampler/stop-reason';
import type { PageMessage, SamplingStoppedReason } from './bridge-protocol';
import type { VideoFrameHandOff } from './frame-relay-protocol';

/**
 * One frame sampler per participant the plan names (sampling-plan.ts), sending over the bridge with
 * one frame in flight per participant: the next is captured only after the panel's `ready-for-next`
 * for that participant, so a slow machine analyses fewer frames instead of queueing them.
 */

export interface StreamSamplersOptions {
  post: (message: PageMessage, transfer?: Transferable[]) => boolean;
  /** Where whole video frames go to be scaled off the main thread (the bridge's frame relay), when it runs. */
  frames?: VideoFrameHandOff;
  fps?: number;
  longSide?: number;
  /** Tests pass a stand-in; the product uses the real sampler. */
  start?: (options: FrameSamplerOptions) => FrameSampler;
}

export interface StreamSamplers {
  /** Samples exactly these participants from now on (stops the others, restarts changed sources). */
  reconcile: (targets: readonly Participant[]) => void;
  /** The panel is done with this participant's last frame. */
  credit: (key: string) => void;
  /** Keys being sampled now. */
  active: () => string[];
  stopAll: () => void;
}

interface Running {
  sampler: FrameSampler;
  /** The element frames come from, to notice a replaced video. */
  element: Element;
}

function sourceOf(p: Participant): { source: SampleSource; element: Element } | undefined {
  if (p.video) return { source: { kind: 'video', element: p.video }, element: p.video };
  if (p.region) return { source: { kind: 'canvas-region', ...p.region }, element: p.region.placeholder };
  return undefined;
}

export function createStreamSamplers(options: StreamSamplersOptions): StreamSamplers {
  const { post, frames, fps, longSide, start = startFrameSampler } = options;
  const running = new Map<string, Running>();
  const inFlight = new Set<string>();
  /** Sources that played to their end or cannot be read: starting them again would only fail again. */
  const spent = new WeakSet<Element>();

  const stopOne = (key: string) => {
    const entry = running.get(key);
    running.delete(key);
    entry?.sampler.stop();
  };

  const startOne = (key: string, source: SampleSource, element: Element) => {
    let sampler: FrameSampler | undefined;
    let reported = 0;
    let over = false;
    const onStop = (reason: StopReason) => {
      over = true;
      if (sampler !== undefined && running.get(key)?.sampler === sampler) running.delete(key);
      if (reason === 'stopped') return;
      if (reason === 'ended' || reason === 'unreadable') spent.add(element);
      const why: SamplingStoppedReason = reason;
      post({ type: 'sampling-stopped', key, reason: why });
    };
    sampler = start({
      source,
      fps,
      longSide,
      onStop,
      sink: {
        ready: () => !inFlight.has(key) && !(frames?.starting?.() ?? false),
        takesVideoFrames: () => frames?.ready() ?? false,
        send: (picture, timestampMs, pageCostMs) => {
          if (inFlight.has(key)) return false;
          // The sampler counts the slots it skipped while this participant's previous frame was out.
          const total = sampler?.stats().dropped ?? 0;
          const dropped = total - reported;
          const sent = picture.kind === 'bitmap'
            ? post({ type: 'frame', key, timestampMs, bitmap: picture.bitmap, dropped, pageCostMs }, [picture.bitmap])
            : frames?.send({ key, timestampMs, dropped, pageCostMs, ...picture.size }, picture.frame) ?? false;
          if (!sent) return false;
          reported = total;
          inFlight.add(key);
          return true;
        },
      },
    });
    // A sampler can stop while starting (the tab is hidden): only a live one is kept.
    if (!over) running.set(key, { sampler, element });
  };

  return {
    reconcile(targets) {
      const wanted = new Map(targets.flatMap((p) => {
        const found = sourceOf(p);
        return found ? [[p.key, found] as const] : [];
      }));
      for (const [key, entry] of running) {
        if (wanted.get(key)?.element !== entry.element) stopOne(key);
      }
      for (const [key, { source, element }] of wanted) {
        if (!running.has(key) && !spent.has(element)) startOne(key, source, element);
      }
    },
    credit: (key) => void inFlight.delete(key),
    active: () => [...running.keys()],
    stopAll() {
      for (const key of [...running.keys()]) stopOne(key);
      inFlight.clear();
    },
  };
}
