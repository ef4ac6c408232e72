import { useId, useState, type FormEvent } from 'react';
import { formatDateTime } from './panel-format';

export interface AddedEvidenceItem {
  id: string;
  label: string;
  kind: 'ip' | 'utc-offset';
  addedAt: number;
}

export interface AddEvidenceProps {
  items: readonly AddedEvidenceItem[];
  /** Resolves with what the background added (and set aside); rejects with why nothing was added. */
  onAdd: (text: string) => Promise<string | undefined>;
  onRemove: (id: string) => Promise<unknown>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * "Add evidence": a recruiter pastes an IP address, a time zone or mail headers they have (from an
 * e-mail, a call tool, a scheduling page), and the IP and time-zone checks use it. What was read is
 * said back in words, and each value can be removed again.
 */
export function AddEvidence({ items, onAdd, onRemove }: AddEvidenceProps) {
  const textId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  async function run(action: () => Promise<string | undefined | unknown>, clear: boolean): Promise<void> {
    setStatus({ kind: 'busy' });
    try {
      const message = await action();
      if (clear) setText('');
      setStatus(typeof message === 'string' ? { kind: 'done', message } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (text.trim() === '' || busy) return;
    void run(() => onAdd(text), true);
  }

  return (
    <div className="hp-evidence">
      <form className="hp-note-form" onSubmit={onSubmit} aria-busy={busy}>
        <label htmlFor={textId}>Add evidence</label>
        <p id={hintId} className="hp-muted">
          Paste an IP address, a time zone such as UTC+5:30, or an e-mail&apos;s headers. Only addresses and offsets are kept.
        </p>
        <textarea id={textId} rows={3} value={text} aria-describedby={hintId} onChange={(e) => setText(e.target.value)} />
        <div className="hp-note-form__row">
          <span />
          <button type="submit" className="hp-button" disabled={busy || text.trim() === ''}>
            {busy ? 'Reading…' : 'Add'}
          </button>
        </div>
      </form>
      {status.kind === 'done' ? (
        <p className="hp-muted" role="status">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'error' ? (
        <p className="hp-error" role="alert">
          {status.message}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="hp-notes" aria-label="Added evidence">
          {items.map((item) => (
            <li key={item.id} className="hp-note hp-evidence__item">
              <span>
                {item.kind === 'ip' ? 'IP address' : 'UTC offset'} <strong>{item.label}</strong>{' '}
                <span className="hp-note__time">added {formatDateTime(item.addedAt)}</span>
              </span>
              <button
                type="button"
                className="hp-button hp-button--secondary"
                disabled={busy}
                aria-label={`Remove ${item.label}`}
                onClick={() => void run(() => onRemove(item.id), false)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
