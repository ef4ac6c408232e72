import type { ChallengeKind } from '../../lib/meeting/bridge-protocol';
import { CHALLENGE_LABELS, type ChallengeRecord } from '../../lib/meeting/challenge-window';

export interface ChallengeControlsProps {
  name: string;
  active?: { kind: ChallengeKind; startMs?: number };
  results: readonly ChallengeRecord[];
  onStart: (kind: ChallengeKind) => void;
  onEnd: () => void;
}

const OUTCOME_TEXT = { pass: 'Passed', fail: 'Did not show what was asked', inconclusive: 'Inconclusive' } as const;

/**
 * Guided challenges: the recruiter asks, presses start, and presses done when the candidate has
 * finished; the panel measures the frames in between. A result is evidence for a person to weigh.
 */
export function ChallengeControls({ name, active, results, onStart, onEnd }: ChallengeControlsProps) {
  return (
    <div className="hp-challenges">
      {active ? (
        <div role="status">
          <p>{CHALLENGE_LABELS[active.kind].ask}</p>
          <button type="button" className="hp-button" onClick={onEnd}>
            {`Done: ${CHALLENGE_LABELS[active.kind].title.toLowerCase()}`}
          </button>
        </div>
      ) : (
        <div className="hp-challenges__start" role="group" aria-label={`Challenges for ${name}`}>
          {(Object.keys(CHALLENGE_LABELS) as ChallengeKind[]).map((kind) => (
            <button key={kind} type="button" className="hp-button hp-button--secondary" onClick={() => onStart(kind)}>
              {`Start: ${CHALLENGE_LABELS[kind].title.toLowerCase()}`}
            </button>
          ))}
        </div>
      )}
      {results.length > 0 ? (
        <ul className="hp-challenges__results">
          {results.map((r, i) => (
            <li key={i} data-challenge={r.kind} data-result={r.result}>
              <strong>{`${CHALLENGE_LABELS[r.kind].title}: ${OUTCOME_TEXT[r.result]}.`}</strong> {r.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
