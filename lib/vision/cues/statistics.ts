/** Order statistics: cues use medians and quantiles because blinks, glitches and lost frames are outliers. */

/** The q-quantile (0..1) with linear interpolation between order statistics; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const low = Math.floor(at);
  const lowValue = sorted[low] ?? NaN;
  return lowValue + ((sorted[Math.min(low + 1, sorted.length - 1)] ?? lowValue) - lowValue) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
