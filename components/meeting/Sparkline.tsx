import { sparklinePath, type SparklinePoint } from '../../lib/meeting/sparkline-path';

export interface SparklineProps {
  points: readonly SparklinePoint[];
  startMs: number;
  endMs: number;
  min: number;
  max: number;
  /** Read by screen readers instead of the drawing. */
  label: string;
}

const WIDTH = 160;
const HEIGHT = 28;

/** A tiny inline chart; gaps where there is no value. Decorative for sight, described by `label`. */
export function Sparkline({ points, startMs, endMs, min, max, label }: SparklineProps) {
  const d = sparklinePath(points, { startMs, endMs, min, max, width: WIDTH, height: HEIGHT });
  return (
    <svg className="hp-sparkline" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <line x1="0" x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className="hp-sparkline__axis" />
      {d ? <path d={d} className="hp-sparkline__line" /> : null}
    </svg>
  );
}
