/**
 * Pure: an SVG path for a tiny chart of values over time. Missing values break the line (a gap where
 * no face was found), so an absent face is never drawn as a face looking straight ahead.
 */
export interface SparklinePoint {
  t: number;
  value: number | undefined;
}

export interface SparklineFrame {
  startMs: number;
  endMs: number;
  /** Values outside [min, max] are drawn at the edge. */
  min: number;
  max: number;
  width: number;
  height: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function sparklinePath(points: readonly SparklinePoint[], frame: SparklineFrame): string {
  const { startMs, endMs, min, max, width, height } = frame;
  const span = Math.max(1, endMs - startMs);
  const range = max - min || 1;
  let path = '';
  let drawing = false;
  for (const { t, value } of points) {
    if (value === undefined || !Number.isFinite(value) || t < startMs || t > endMs) {
      drawing = false;
      continue;
    }
    const x = round(((t - startMs) / span) * width);
    const y = round(height - ((Math.min(max, Math.max(min, value)) - min) / range) * height);
    path += `${drawing ? 'L' : `${path ? ' ' : ''}M`}${x} ${y}`;
    drawing = true;
  }
  return path;
}
