import { describe, expect, it } from 'vitest';
import { BAND_THRESHOLDS, bandForScore } from '../../../lib/risk/band';

describe('bandForScore', () => {
  const cases: Array<[number, string]> = [
    [0, 'low'],
    [24, 'low'],
    [24.9, 'low'],
    [BAND_THRESHOLDS.elevated, 'elevated'],
    [59, 'elevated'],
    [BAND_THRESHOLDS.high, 'high'],
    [100, 'high'],
  ];
  it.each(cases)('%s -> %s', (score, band) => {
    expect(bandForScore(score)).toBe(band);
  });

  it('uses the documented thresholds', () => {
    expect(BAND_THRESHOLDS).toEqual({ elevated: 25, high: 60 });
  });
});
