/**
 * Backpressure on the page's side: at most one frame per stream is with the worker. A frame that
 * arrives while its stream's previous one is still there is dropped and counted, never queued, so a
 * slow machine analyses fewer frames instead of falling ever further behind the live video.
 */

export interface FrameGate {
  /** True when the stream had no frame in flight; the caller then owns the slot until `leave`. */
  enter: (streamId: string) => boolean;
  leave: (streamId: string) => void;
  /** Counts a frame that was not analysed for another reason (for example, the worker was busy). */
  countDrop: () => void;
  dropped: () => number;
}

export function createFrameGate(): FrameGate {
  const inFlight = new Set<string>();
  let dropped = 0;
  return {
    enter(streamId) {
      if (inFlight.has(streamId)) {
        dropped++;
        return false;
      }
      inFlight.add(streamId);
      return true;
    },
    leave: (streamId) => void inFlight.delete(streamId),
    countDrop: () => void dropped++,
    dropped: () => dropped,
  };
}
