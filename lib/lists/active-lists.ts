import type { CandidateView } from '../candidate/candidate-view';
import type { ListMatch, SignalContext } from '../signals/define-signal';
import { candidateListQuery } from './candidate-query';
import { buildListIndex, type IndexEntry, type ListIndex } from './indexes';

/**
 * The index over every enabled list, held by the background and rebuilt when lists change. Checks
 * ask it once per candidate; signals only ever see the matches, through their context.
 */
let active: { index: ListIndex; titles: ReadonlyMap<string, string> } | undefined;

export function setActiveLists(entries: readonly IndexEntry[], titles: ReadonlyMap<string, string>): void {
  active = titles.size === 0 ? undefined : { index: buildListIndex(entries), titles };
}

export function listContext(view: CandidateView): SignalContext['lists'] {
  if (!active) return undefined;
  const { index, titles } = active;
  const matches: ListMatch[] = index
    .match(candidateListQuery(view))
    .map((m) => ({ ...m, listTitle: titles.get(m.listId) ?? m.listId }));
  return { enabledCount: titles.size, matches };
}
