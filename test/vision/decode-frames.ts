import { execFileSync } from 'node:child_process';

export interface FrameClip {
  /** Video or image file ffmpeg reads. */
  file: string;
  width: number;
  height: number;
  frames: number;
}

/**
 * Decodes the first frames of a video to raw RGBA at the given size with ffmpeg, one buffer a
 * frame. The picture is scaled to fit and padded with black, as a call shows a tile of another
 * shape; nothing is cropped, so a face in the source is whole in every frame.
 */
export function decodeFrames(clip: FrameClip): Buffer[] {
  const { width, height } = clip;
  const fit = `scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2`;
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', clip.file, '-frames:v', String(clip.frames), '-vf', fit,
    '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'], { maxBuffer: clip.frames * width * height * 4 + 1024 });
  const size = width * height * 4;
  if (raw.length % size !== 0) throw new Error(`${clip.file}: ${raw.length} bytes is not a whole number of ${width}x${height} frames`);
  return Array.from({ length: raw.length / size }, (_, k) => raw.subarray(k * size, (k + 1) * size));
}
