import { useId } from 'react';
import type { SignalResult } from '../lib/risk/assessment';

export interface SignalRowProps {
  result: SignalResult;
  /** Without it the row is read-only (the case page: marks are the recruiters', made in the panel). */
  onSetFalsePositive?: (signalId: string, value: boolean) => void;
}

const STATUS: Record<SignalResult['status'], { label: string; icon: string }> = {
  hit: { label: 'Hit', icon: '!' },
  miss: { label: 'Clean', icon: '✓' },
  skip: { label: 'Skipped', icon: '–' },
};

/** One signal's outcome with its evidence. Every string here may come from a page: text only. */
export function SignalRow({ result, onSetFalsePositive }: SignalRowProps) {
  const titleId = useId();
  const status = STATUS[result.status];
  const isHit = result.status === 'hit';
  const notCounted = isHit && result.falsePositive;
  const classes = ['hp-signal', `hp-signal--${result.status}`, notCounted ? 'hp-signal--not-counted' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes} data-signal-id={result.signalId} data-status={result.status}>
      <div className="hp-signal__head">
        <span className="hp-signal__status">
          <span className="hp-signal__icon" role="img" aria-label={status.label}>
            {status.icon}
          </span>
          {/* Visible word for sighted users; the icon's aria-label already says it to screen readers. */}
          <span aria-hidden="true">{status.label}</span>
        </span>
        <h4 className="hp-signal__title" id={titleId}>
          {notCounted ? <s>{result.title}</s> : result.title}
          {notCounted ? <span className="hp-signal__note"> (not counted)</span> : null}
        </h4>
      </div>
      <p className="hp-signal__meta">
        Severity: {result.severity}
        {isHit && !result.falsePositive && result.contribution > 0
          ? ` · adds ${Math.round(result.contribution)} points`
          : null}
        {notCounted ? ' · marked as false positive' : null}
        {result.weightSetBy !== undefined ? ` · weight ${result.weight} set by ${result.weightSetBy}` : null}
      </p>
      {result.evidence.length > 0 ? (
        <ul className="hp-signal__evidence" aria-label={`Evidence for ${result.title}`}>
          {result.evidence.map((ev, i) => (
            <li key={`${ev.messageId}-${i}`}>{ev.text}</li>
          ))}
        </ul>
      ) : null}
      {result.status === 'skip' ? (
        <p className="hp-signal__skip">Skipped: {result.skipReason ?? 'the page did not show what this check needs.'}</p>
      ) : null}
      {isHit && onSetFalsePositive !== undefined ? (
        <button
          type="button"
          className="hp-button hp-button--secondary"
          aria-describedby={titleId}
          onClick={() => onSetFalsePositive(result.signalId, !result.falsePositive)}
        >
          {result.falsePositive ? 'Undo false positive' : 'Mark as false positive'}
        </button>
      ) : null}
    </li>
  );
}
