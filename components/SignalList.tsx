import type { SignalResult } from '../lib/risk/assessment';
import { SignalRow } from './SignalRow';

export interface SignalListProps {
  results: SignalResult[];
  /** Without it the list is read-only. */
  onSetFalsePositive?: (signalId: string, value: boolean) => void;
}

interface Group {
  key: SignalResult['status'];
  heading: string;
  results: SignalResult[];
}

/** Counted hits first (largest contribution first), then hits marked false positive. */
function byHitOrder(a: SignalResult, b: SignalResult): number {
  if (a.falsePositive !== b.falsePositive) return a.falsePositive ? 1 : -1;
  return b.contribution - a.contribution;
}

/** Every signal result, grouped hits, then clean, then skipped (a skipped check is never "clean"). */
export function SignalList({ results, onSetFalsePositive }: SignalListProps) {
  if (results.length === 0) return <p className="hp-muted">No checks have run for this candidate yet.</p>;

  const groups: Group[] = [
    { key: 'hit', heading: 'Hits', results: results.filter((r) => r.status === 'hit').sort(byHitOrder) },
    { key: 'miss', heading: 'Clean', results: results.filter((r) => r.status === 'miss') },
    { key: 'skip', heading: 'Skipped', results: results.filter((r) => r.status === 'skip') },
  ];

  return (
    <div className="hp-signals">
      {groups
        .filter((group) => group.results.length > 0)
        .map((group) => (
          <section key={group.key} className={`hp-signals__group hp-signals__group--${group.key}`}>
            <h3>
              {group.heading} ({group.results.length})
            </h3>
            <ul className="hp-signals__list">
              {group.results.map((result) => (
                <SignalRow key={result.signalId} result={result} onSetFalsePositive={onSetFalsePositive} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
