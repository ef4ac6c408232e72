/**
 * Which candidates changed, for views that show them (the panel server). Every write to candidate
 * data goes through the background's own functions, so they announce their changes here after
 * their transaction committed. This replaced Dexie liveQuery in the background: a liveQuery
 * watching a candidate slowed each write to that candidate from ~5 ms to ~50 ms (BENCHMARKS.md).
 */
type Listener = (candidateIds: ReadonlySet<string>) => void;

const listeners = new Set<Listener>();

export function onCandidatesChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyCandidatesChanged(candidateIds: Iterable<string>): void {
  const ids = new Set(candidateIds);
  if (ids.size === 0) return;
  for (const listener of listeners) {
    try {
      listener(ids);
    } catch {
      // One broken view must not stop the others from updating.
    }
  }
}
