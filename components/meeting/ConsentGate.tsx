import { useId, useState } from 'react';
import { CONSENT_CONFIRMATION } from '../../lib/meeting/consent-notice';

export interface ConsentGateProps {
  /** Undefined while the settings load; the organisation's text may differ from the default. */
  notice: string | undefined;
  /** False until the panel is connected to the meeting page. */
  enabled: boolean;
  onConsent: () => void;
}

/**
 * Nothing is sampled before this: the recruiter reads the notice out, the candidate agrees, and the
 * recruiter confirms. The button stays disabled until the box is ticked, so one stray click cannot start it.
 */
export function ConsentGate({ notice, enabled, onConsent }: ConsentGateProps) {
  const [read, setRead] = useState(false);
  const noticeId = useId();
  return (
    <section className="hp-section hp-consent" aria-labelledby={`${noticeId}-title`}>
      <h3 id={`${noticeId}-title`}>Before the liveness check</h3>
      <p>Read this to the candidate and wait for their answer:</p>
      <blockquote id={noticeId} className="hp-consent__notice">
        {notice ?? 'Loading the notice…'}
      </blockquote>
      <label className="hp-consent__check">
        <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} aria-describedby={noticeId} />{' '}
        I read the notice to the candidate and they agreed.
      </label>
      <button type="button" className="hp-button" disabled={!read || !enabled || notice === undefined} onClick={onConsent}>
        {CONSENT_CONFIRMATION}
      </button>
      {!enabled ? <p className="hp-muted" role="status">Connecting to the meeting page…</p> : null}
      <p className="hp-muted">Nothing is analysed until you confirm. If they say no, or ask for an accommodation, do not confirm.</p>
    </section>
  );
}
