import { signalById } from '../signals';

/** What a check means and why its hit is evidence to weigh, in the words of the signal's own metadata. */
export interface SignalExplanation {
  /** What the check looks at and why it matters (the signal's `meta.description`). */
  meaning: string;
  /** Innocent reasons it can hit (`meta.falsePositives`). */
  innocentReasons: string[];
  references: string[];
}

/**
 * The explanation of every signal in `ids` that the extension still has. A result stored by an older
 * version can name a signal since removed: it is left out, and the report says so.
 */
export function signalExplanations(ids: Iterable<string>): Map<string, SignalExplanation> {
  const out = new Map<string, SignalExplanation>();
  for (const id of ids) {
    const signal = signalById(id);
    if (signal) out.set(id, { meaning: signal.meta.description, innocentReasons: [...signal.meta.falsePositives], references: [...signal.meta.references] });
  }
  return out;
}
