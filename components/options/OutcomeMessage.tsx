export type Outcome = { kind: 'working' | 'done' | 'error'; message: string };

/**
 * The last action in a section: what is running and what succeeded in a polite status line (kept
 * in the page, so screen readers announce each new text), a failure as an alert.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <>
      <p role="status" className="hp-status">
        {outcome?.kind === 'working' ? <span className="hp-spinner hp-spinner--small" aria-hidden="true" /> : null}
        {outcome?.kind === 'working' || outcome?.kind === 'done' ? outcome.message : ''}
      </p>
      {outcome?.kind === 'error' ? (
        <p role="alert" className="hp-error">
          {outcome.message}
        </p>
      ) : null}
    </>
  );
}
