/**
 * Which candidates changed, for views that show them (the panel server). Every write to candidate
 * data goes through the background's own functions, so they announce their changes here once their
 * transaction has committed: a view rebuilds exactly when its candidate changed, after the write,
 * never competing with it (Dexie liveQuery would re-run on any write to the tables it read).
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
