/**
 * The size a sampled frame is scaled to. Meeting tiles are usually under 300 px anyway, and the face
 * landmarker works on a 192 px crop of the face, so 256 px on the long side keeps what it needs while
 * the bitmap that crosses to the worker stays small (256 x 144 x 4 bytes for a 16:9 tile).
 */
export const DEFAULT_LONG_SIDE_PX = 256;

export interface Size {
  width: number;
  height: number;
}

/**
 * Scales `source` so that its long side is at most `longSide`, keeping the aspect ratio. Never
 * scales up: a small tile is sent as it is. Undefined while the source has no picture yet (a video
 * before its first frame reports 0 x 0).
 */
export function downscaledSize(source: Size, longSide: number = DEFAULT_LONG_SIDE_PX): Size | undefined {
  const { width, height } = source;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height)) || !(longSide >= 1)) return undefined;
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
