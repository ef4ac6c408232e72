import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface ConfirmButtonProps {
  /** Visible text of the first button ("Delete"). */
  label: string;
  /** Its accessible name when the visible text alone is ambiguous in a table ("Delete ACME list"). */
  accessibleLabel?: string;
  /** The question asked before anything happens. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/**
 * A destructive action that asks first, in place: the question and two buttons replace the
 * button, focus moves to "Keep" (the safe choice), and Escape backs out. No modal, so nothing
 * traps focus and screen readers read the question where the button was.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm, disabled = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const back = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="hp-button hp-button--secondary" aria-label={accessibleLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      back();
    }
  };

  return (
    <div role="group" aria-label={question} className="hp-confirm" onKeyDown={onKeyDown}>
      <span className="hp-confirm__question">{question}</span>
      <button
        type="button"
        className="hp-button hp-button--danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={keepRef} type="button" className="hp-button hp-button--secondary" onClick={back}>
        Keep
      </button>
    </div>
  );
}
