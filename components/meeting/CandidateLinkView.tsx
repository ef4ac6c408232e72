import { useState } from 'react';
import type { CandidateLink } from '../../lib/meeting/candidate-links';
import type { CandidateMatch } from '../../lib/meeting/record-protocol';
import { CandidatePicker } from './CandidatePicker';

export interface CandidateLinkViewProps {
  participantName: string;
  link?: CandidateLink;
  find: (query: string) => Promise<CandidateMatch[]>;
  onLink: (match: CandidateMatch) => void;
  onUnlink: () => void;
  onRetry: () => void;
}

const timeText = (ms: number) => new Date(ms).toLocaleTimeString();

/** Removes what a call shows after a name that is not part of it: "(she/her)", "(Guest)". */
export const searchableName = (name: string) => name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();

/** Where this participant's liveness summary goes: a stored candidate the recruiter picked, or nowhere yet. */
export function CandidateLinkView({ participantName, link, find, onLink, onUnlink, onRetry }: CandidateLinkViewProps) {
  const [picking, setPicking] = useState(false);
  if (picking) {
    return (
      <CandidatePicker
        initialQuery={searchableName(participantName)}
        find={find}
        onPick={(match) => {
          setPicking(false);
          onLink(match);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  }
  if (!link) {
    return (
      <div className="hp-link" data-link-state="none">
        <p className="hp-muted">Not linked to a candidate: the summary stays in this panel and is gone when the call ends.</p>
        <button type="button" className="hp-button hp-button--secondary" onClick={() => setPicking(true)}>
          Link to a candidate…
        </button>
      </div>
    );
  }
  const state = link.error ? 'error' : link.saving ? 'saving' : link.savedAt !== undefined ? 'saved' : 'waiting';
  return (
    <div className="hp-link" data-link-state={state}>
      <p role="status">
        {state === 'saving'
          ? `Saving the summary to ${link.candidate.displayName}…`
          : state === 'saved'
            ? `Summary saved to ${link.candidate.displayName} at ${timeText(link.savedAt ?? 0)}; it is kept up to date during the call.`
            : state === 'waiting'
              ? `Linked to ${link.candidate.displayName}; the summary is saved once something was analysed.`
              : null}
      </p>
      {link.error ? (
        <p role="alert" className="hp-error">
          Not saved: {link.error}{' '}
          <button type="button" className="hp-button hp-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : null}
      <div className="hp-actions">
        <button type="button" className="hp-button hp-button--secondary" onClick={() => setPicking(true)}>
          Change candidate…
        </button>
        <button type="button" className="hp-button hp-button--secondary" onClick={onUnlink}>
          Unlink (removes the saved summary)
        </button>
      </div>
    </div>
  );
}
