import { frameHash } from '../landmarks/frame-hash';

/**
 * Hashes frames for the freeze and loop cues inside the worker, the only place that has the pixels.
 * The frame is first drawn at 68 × 64, four times the hash's 17 × 16 grid each way: the hash averages
 * that grid anyway, and reading back a few thousand pixels costs far less than a whole frame.
 */
const WIDTH = 68;
const HEIGHT = 64;

export function createFrameHasher(): (frame: ImageBitmap) => string {
  let context: OffscreenCanvasRenderingContext2D | undefined;
  return (frame) => {
    context ??= new OffscreenCanvas(WIDTH, HEIGHT).getContext('2d', { willReadFrequently: true }) ?? undefined;
    if (!context) throw new Error('No 2D canvas in this worker: frames cannot be hashed');
    context.drawImage(frame, 0, 0, WIDTH, HEIGHT);
    return frameHash(context.getImageData(0, 0, WIDTH, HEIGHT).data, WIDTH, HEIGHT);
  };
}
