import { useEffect, useState } from 'react';

export interface WorkProgressProps {
  /** What is happening now, in words ("Checking acme.json…"). */
  stage: string;
  /** Epoch ms when the work began, for the elapsed time. */
  startedAt: number;
  onCancel?: () => void;
}

/**
 * Long work (parsing a million entries, saving them) as a spinner, the stage in words and the time
 * so far. Only the stage is in the live region: a ticking clock announced every second would drown
 * everything else a screen reader says.
 */
export function WorkProgress({ stage, startedAt, onCancel }: WorkProgressProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));

  return (
    <div className="hp-progress" aria-busy="true">
      <span className="hp-spinner" aria-hidden="true" />
      <span role="status" aria-live="polite" className="hp-progress__stage">
        {stage}
      </span>
      <span className="hp-muted hp-progress__time" aria-hidden="true">
        {seconds} s
      </span>
      {onCancel ? (
        <button type="button" className="hp-button hp-button--secondary" onClick={onCancel}>
          Stop
        </button>
      ) : null}
    </div>
  );
}
