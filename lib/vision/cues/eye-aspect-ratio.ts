import type { Face, FrameSize } from '../landmarks/landmark-frame';
import { LEFT_EYE, RIGHT_EYE } from '../landmarks/landmark-subset';
import { meshPoints } from './geometry/face-points';
import { distance } from './geometry/vec3';

/**
 * Eye aspect ratio (Soukupová & Čech, "Real-Time Eye Blink Detection using Facial Landmarks", 2016):
 * (|p2 − p6| + |p3 − p5|) / (2 |p1 − p4|), the eye's height over its width. About 0.25-0.3 open and
 * near 0 closed for an average eye; eyes differ, so blinks.ts compares it with the person's own level.
 * Distances are taken in 3-D (MediaPipe's depth included) so that turning the head, which shortens the
 * eye's width on screen, changes the ratio less than it would in 2-D.
 */
export function eyeAspectRatio(face: Face, size: FrameSize, eye: readonly number[]): number {
  const [p1, p2, p3, p4, p5, p6] = meshPoints(face, size, eye);
  if (!p1 || !p2 || !p3 || !p4 || !p5 || !p6) throw new Error('An eye contour needs six points');
  const width = distance(p1, p4);
  return width > 0 ? (distance(p2, p6) + distance(p3, p5)) / (2 * width) : NaN;
}

/** Both eyes' mean: a blink closes both, so the mean halves the noise of either eye alone. */
export function meanEyeAspectRatio(face: Face, size: FrameSize): number {
  return (eyeAspectRatio(face, size, RIGHT_EYE) + eyeAspectRatio(face, size, LEFT_EYE)) / 2;
}
