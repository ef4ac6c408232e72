import type { LandmarkFrame } from '../landmarks/landmark-frame';
import { toLandmarkFrame, type MeshPoint } from '../landmarker/to-landmark-frame';
import type { SkipReason, StreamStats } from './protocol';
import { createTimestampGuard, type TimestampGuard } from './timestamp-guard';

/**
 * The worker's landmarkers, one per participant stream: VIDEO mode carries tracking state and a
 * clock from frame to frame, so two people's frames must never share one. A stream's landmarker is
 * made on its first frame and closed when the stream is. Every frame is closed once it was looked at
 * or refused, so a stream of transferred bitmaps does not pile up memory.
 */

/** What is needed of a MediaPipe FaceLandmarker; tests pass a stand-in. */
export interface VideoLandmarker<Frame> {
  detectForVideo: (frame: Frame, timestampMs: number) => { faceLandmarks: MeshPoint[][] };
  close: () => void;
}

export interface StreamLandmarkersOptions<Frame> {
  create: () => Promise<VideoLandmarker<Frame>>;
  /** Hash of the frame's pixels for the freeze and loop cues; none when omitted. */
  hash?: (frame: Frame) => string;
  now?: () => number;
}

export type TrackOutcome = { frame: LandmarkFrame; detectMs: number } | { skipped: SkipReason };

export interface StreamLandmarkers<Frame> {
  track: (streamId: string, frame: Frame, timestampMs: number) => Promise<TrackOutcome>;
  close: (streamId: string) => void;
  stats: () => StreamStats[];
}

interface Stream<Frame> {
  landmarker: Promise<VideoLandmarker<Frame>>;
  clock: TimestampGuard;
  busy: boolean;
  closed: boolean;
  stats: StreamStats;
}

export function createStreamLandmarkers<Frame extends { close: () => void }>(
  options: StreamLandmarkersOptions<Frame>,
): StreamLandmarkers<Frame> {
  const { create, hash, now = () => performance.now() } = options;
  const streams = new Map<string, Stream<Frame>>();

  const open = (streamId: string): Stream<Frame> => {
    const stream: Stream<Frame> = {
      landmarker: create(),
      clock: createTimestampGuard(),
      busy: false,
      closed: false,
      stats: { streamId, analysed: 0, withFace: 0, skipped: { stale: 0, busy: 0, closed: 0 } },
    };
    streams.set(streamId, stream);
    return stream;
  };

  const close = (streamId: string) => {
    const stream = streams.get(streamId);
    if (!stream) return;
    stream.closed = true;
    streams.delete(streamId);
    stream.landmarker.then((landmarker) => landmarker.close(), () => undefined);
  };

  const skip = (stream: Stream<Frame>, reason: SkipReason): TrackOutcome => {
    stream.stats.skipped[reason]++;
    return { skipped: reason };
  };

  async function analyse(stream: Stream<Frame>, streamId: string, frame: Frame, timestampMs: number): Promise<TrackOutcome> {
    const t = stream.clock.admit(timestampMs);
    if (t === undefined) return skip(stream, 'stale');
    let landmarker: VideoLandmarker<Frame>;
    try {
      landmarker = await stream.landmarker;
    } catch (error) {
      // Forget the failed start so that the stream's next frame tries again.
      if (streams.get(streamId) === stream) streams.delete(streamId);
      throw error;
    }
    if (stream.closed) return skip(stream, 'closed');
    const frameHash = hash?.(frame);
    const began = now();
    let faces: MeshPoint[][];
    try {
      faces = landmarker.detectForVideo(frame, timestampMs).faceLandmarks;
    } catch (error) {
      // A landmarker that threw has lost its graph state: start the stream afresh.
      close(streamId);
      throw error;
    }
    const detectMs = now() - began;
    stream.stats.analysed++;
    if (faces.length > 0) stream.stats.withFace++;
    if (faces[0]) stream.stats.meshPoints = faces[0].length;
    return { frame: toLandmarkFrame(faces, t, frameHash), detectMs };
  }

  return {
    async track(streamId, frame, timestampMs) {
      const stream = streams.get(streamId) ?? open(streamId);
      if (stream.busy) {
        frame.close();
        return skip(stream, 'busy');
      }
      stream.busy = true;
      try {
        return await analyse(stream, streamId, frame, timestampMs);
      } finally {
        stream.busy = false;
        frame.close();
      }
    },
    close,
    stats: () => [...streams.values()].map((stream) => structuredClone(stream.stats)),
  };
}
