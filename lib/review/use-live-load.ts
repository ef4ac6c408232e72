import { useLiveQuery } from 'dexie-react-hooks';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

/**
 * A Dexie live query whose failure is a value, not a thrown render error: the page says what went
 * wrong next to where the data would be. Re-runs when rows it read change, in any extension page or
 * the background (recruiters flag applicants while HR has the queue open).
 */
export function useLiveLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const result = useLiveQuery(
    () => load().then((data): Loaded<T> => ({ status: 'ready', data }), (e: unknown): Loaded<T> => ({ status: 'error', error: e instanceof Error ? e.message : String(e) })),
    deps,
  );
  return result ?? { status: 'loading' };
}
