import type { Band } from '../lib/risk/assessment';
import { BAND_LABELS, riskSentence } from './panel-format';

export interface ScoreBadgeProps {
  /** 0-100. */
  score: number;
  band: Band;
  /** One-line variant for the collapsed header. */
  compact?: boolean;
}

// The shape differs by band so colour is never the only carrier of meaning; the text says it all.
const BAND_ICONS: Record<Band, string> = { low: '●', elevated: '◆', high: '▲' };

export function ScoreBadge({ score, band, compact = false }: ScoreBadgeProps) {
  const clamped = Math.min(100, Math.max(0, Math.round(score)));
  if (compact) {
    return (
      <span className="hp-score hp-score--compact" data-band={band} data-testid="risk-score">
        <span className="hp-score__icon" aria-hidden="true">
          {BAND_ICONS[band]}
        </span>{' '}
        {riskSentence(clamped, band)}
      </span>
    );
  }
  return (
    <div className="hp-score" data-band={band} data-testid="risk-score">
      <p className="hp-score__label">
        <span className="hp-score__icon" aria-hidden="true">
          {BAND_ICONS[band]}
        </span>{' '}
        <strong>{BAND_LABELS[band]} risk</strong>
      </p>
      <p className="hp-score__sentence">{riskSentence(clamped, band)}</p>
      {/* The bar repeats the number visually; the sentence above is what assistive tech reads. */}
      <div className="hp-score__bar" aria-hidden="true">
        <div className="hp-score__fill" style={{ width: `${clamped}%` }} />
      </div>
    </div>
  );
}
