import type { Ref } from 'react';
import { CHANGE_REASON_MAX_LENGTH } from '../../lib/db/change-reason';

export interface ReasonAndConfirmProps {
  /** Prefix for the field's and the error's ids (the form's useId). */
  id: string;
  /** The question the reason answers, e.g. "Why are these the same person?". */
  question: string;
  reason: string;
  onReason: (reason: string) => void;
  error: string | undefined;
  /** True when the error is about the reason itself (marks the field invalid). */
  reasonInvalid?: boolean;
  reasonRef?: Ref<HTMLTextAreaElement>;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
}

/**
 * The end of a merge or split form: the required reason (kept in the audit log), the error, and
 * confirm and cancel. The form around it owns submission.
 */
export function ReasonAndConfirm(props: ReasonAndConfirmProps) {
  const { id, error, busy } = props;
  return (
    <>
      <label htmlFor={`${id}-reason`}>{props.question} (required, kept in the audit log)</label>
      <textarea
        ref={props.reasonRef}
        id={`${id}-reason`}
        rows={3}
        value={props.reason}
        maxLength={CHANGE_REASON_MAX_LENGTH}
        required
        aria-required="true"
        aria-invalid={props.reasonInvalid ? true : undefined}
        aria-describedby={error !== undefined ? `${id}-error` : undefined}
        onChange={(event) => props.onReason(event.target.value.slice(0, CHANGE_REASON_MAX_LENGTH))}
      />
      {error !== undefined ? (
        <p id={`${id}-error`} className="hp-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="hp-button" disabled={busy}>
        {busy ? props.busyLabel : props.submitLabel}
      </button>
      <button type="button" className="hp-button hp-button--secondary" disabled={busy} onClick={props.onCancel}>
        Cancel
      </button>
    </>
  );
}
