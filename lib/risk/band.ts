import type { Band } from './assessment';

/**
 * Score bands: low < 25 <= elevated < 60 <= high.
 * 25: one medium-weight signal (0.2-0.25) on its own stays low; two of them, or one reuse hit, do not.
 * 60: a single reuse hit (weight 0.5, score 50) is elevated; it takes corroboration to reach high.
 */
export const BAND_THRESHOLDS = { elevated: 25, high: 60 } as const;

export function bandForScore(score: number): Band {
  if (score >= BAND_THRESHOLDS.high) return 'high';
  if (score >= BAND_THRESHOLDS.elevated) return 'elevated';
  return 'low';
}
