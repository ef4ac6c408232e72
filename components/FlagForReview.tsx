import { useId, useState, type FormEvent } from 'react';

import { FLAG_REASON_MAX_LENGTH } from '../lib/panel/protocol';

export interface FlagForReviewProps {
  flagged: boolean;
  /** May return a promise: the form then waits for it and shows an error if it rejects. */
  onFlagForReview: (reason: string) => void;
}

/** Hands the candidate to HR with a stated reason: a person decides, the panel only gathers evidence. */
export function FlagForReview({ flagged, onFlagForReview }: FlagForReviewProps) {
  const inputId = useId();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  if (flagged) {
    return (
      <p className="hp-flagged" role="status">
        <span aria-hidden="true">⚑ </span>Flagged for HR review
      </p>
    );
  }

  const canSubmit = reason.trim() !== '' && !pending;

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!canSubmit) return;
    setPending(true);
    setError(undefined);
    try {
      await Promise.resolve(onFlagForReview(reason.trim()));
      setReason('');
    } catch {
      setError('The flag was not saved. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="hp-flag-form" onSubmit={(event) => void onSubmit(event)} aria-busy={pending}>
      <label htmlFor={inputId}>Reason for HR review</label>
      <input
        id={inputId}
        type="text"
        value={reason}
        maxLength={FLAG_REASON_MAX_LENGTH}
        onChange={(event) => setReason(event.target.value.slice(0, FLAG_REASON_MAX_LENGTH))}
      />
      <button type="submit" className="hp-button" disabled={!canSubmit}>
        {pending ? 'Flagging…' : 'Flag for HR review'}
      </button>
      {error !== undefined ? (
        <p className="hp-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
