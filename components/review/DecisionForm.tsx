import { useId, useState, type FormEvent } from 'react';
import { DECISION_REASON_MAX_LENGTH, DECISION_STATES, type DecisionRecord, type DecisionRowState } from '../../lib/db/review-records';
import { DECISION_LABELS } from '../../lib/review/decision-history';

export interface DecisionFormProps {
  /** The decision in force, if any: it cannot be chosen again, and it can be reversed. */
  current: DecisionRecord | undefined;
  /** Records the choice; rejects with a sentence for people (the form shows it). */
  onDecide: (input: { state: DecisionRowState; reason: string; seenCurrentId: string | undefined }) => Promise<unknown>;
}

const HINTS: Record<(typeof DECISION_STATES)[number], string> = {
  cleared: 'The signals were looked into and do not stand in the way.',
  'needs-verification': 'Ask for more proof of identity before going on.',
  escalated: 'Hand the case to the security team.',
  rejected: 'Do not go on with this applicant.',
};

/**
 * Records HR's decision, or reverses the current one, always with a reason. The reason is required
 * and stored as written; it is HR's wording, for HR, and never shown to the applicant.
 */
export function DecisionForm({ current, onDecide }: DecisionFormProps) {
  const id = useId();
  const [state, setState] = useState<DecisionRowState | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const choices: DecisionRowState[] = [...DECISION_STATES.filter((s) => s !== current?.state), ...(current ? (['reversed'] as const) : [])];
  const chosen = state !== undefined && choices.includes(state) ? state : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setDone(undefined);
    const problem = chosen === undefined ? 'Choose a decision.' : reason.trim() === '' ? 'Give the reason for this decision.' : undefined;
    if (problem !== undefined || chosen === undefined) {
      setError(problem);
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      await onDecide({ state: chosen, reason: reason.trim(), seenCurrentId: current?.id });
      setDone(chosen === 'reversed' ? 'The decision was reversed. The case is open again.' : `Recorded: ${DECISION_LABELS[chosen]}.`);
      setState(undefined);
      setReason('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="hp-decision-form" onSubmit={(event) => void onSubmit(event)} aria-busy={pending} noValidate>
      <fieldset>
        <legend>{current ? 'Change or reverse the decision' : 'Decision'}</legend>
        {choices.map((choice) => (
          <div key={choice} className="hp-decision-form__choice">
            <input
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-state`}
              value={choice}
              checked={chosen === choice}
              onChange={() => setState(choice)}
              aria-describedby={`${id}-${choice}-hint`}
            />
            <label htmlFor={`${id}-${choice}`}>{choice === 'reversed' ? `Reverse “${current ? labelOf(current) : ''}”` : DECISION_LABELS[choice]}</label>
            <span id={`${id}-${choice}-hint`} className="hp-hint">
              {' '}
              {choice === 'reversed' ? 'Withdraw the current decision; the case is undecided again.' : HINTS[choice]}
            </span>
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-reason`}>Reason (required, kept with the decision)</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        rows={3}
        maxLength={DECISION_REASON_MAX_LENGTH}
        required
        aria-required="true"
        aria-describedby={`${id}-count`}
        onChange={(event) => setReason(event.target.value.slice(0, DECISION_REASON_MAX_LENGTH))}
      />
      <p id={`${id}-count`} className="hp-counter">
        {reason.length}/{DECISION_REASON_MAX_LENGTH} characters. Internal to HR: never shown to the applicant.
      </p>
      <button type="submit" className="hp-button" disabled={pending}>
        {pending ? 'Saving…' : chosen === 'reversed' ? 'Reverse decision' : 'Record decision'}
      </button>
      {error !== undefined ? (
        <p className="hp-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="hp-status" role="status">
        {done ?? ''}
      </p>
    </form>
  );
}

const labelOf = (record: DecisionRecord) => (record.state === 'reversed' ? 'Reversed' : DECISION_LABELS[record.state]);
