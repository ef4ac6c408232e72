import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CandidateMatch } from '../../lib/meeting/record-protocol';

export interface CandidatePickerProps {
  /** The participant's name as the call shows it: the first search. */
  initialQuery: string;
  find: (query: string) => Promise<CandidateMatch[]>;
  onPick: (match: CandidateMatch) => void;
  onCancel: () => void;
}

/** Typing pauses this long before a search: the background scans candidates for each one. */
const SEARCH_DELAY_MS = 250;

const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Finds the stored candidate a participant is. Candidates whose profile is open in a tab come first
 * and are marked; the recruiter always chooses (a shared name is not the same person). Escape closes.
 */
export function CandidatePicker({ initialQuery, find, onPick, onCancel }: CandidatePickerProps) {
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<{ query: string; matches?: CandidateMatch[]; error?: string }>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      find(query).then(
        (matches) => live && setResult({ query, matches }),
        (e: unknown) => live && setResult({ query, error: e instanceof Error ? e.message : String(e) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, find]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
    }
  };
  const searching = result?.query !== query;
  return (
    <div className="hp-picker" role="group" aria-label="Link to a stored candidate" onKeyDown={onKeyDown}>
      <label htmlFor={inputId}>Which candidate is this? Search by name or e-mail</label>
      <input id={inputId} ref={input} type="search" value={query} maxLength={200} onChange={(e) => setQuery(e.target.value)} />
      <p className="hp-muted" role="status">
        {searching ? 'Searching…' : result?.error ? '' : `${result?.matches?.length ?? 0} found`}
      </p>
      {result?.error ? (
        <p role="alert" className="hp-error">
          Could not search: {result.error}
        </p>
      ) : null}
      {!searching && result?.matches?.length === 0 ? (
        <p>No stored candidate matches. Open their profile (LinkedIn, Greenhouse, GitHub…) in a tab so HireProof reads it, then search again.</p>
      ) : null}
      <ul className="hp-picker__results">
        {(result?.matches ?? []).map((m) => (
          <li key={m.id}>
            <button type="button" className="hp-picker__choice" onClick={() => onPick(m)}>
              <strong>{m.displayName}</strong>
              {m.openInTab ? <span className="hp-badge">Open in a tab</span> : null}
              <span className="hp-muted">
                {[m.otherNames.length > 0 ? `also ${m.otherNames.join(', ')}` : undefined, m.headline, m.sources.join(', '), `last seen ${dateText(m.lastSeenAt)}`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="hp-button hp-button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
