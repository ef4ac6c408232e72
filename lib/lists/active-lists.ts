import type { CandidateView } from '../candidate/candidate-view';
import type { IpFact, ListMatch, SignalContext } from '../signals/define-signal';
import { candidateListQuery } from './candidate-query';
import { buildListIndex, type IndexEntry, type ListIndex } from './indexes';
import type { ListCategory, ListFilter, WeightOverride } from './schema';

/** What the checks need to know of an enabled list besides its entries. */
export interface ActiveListInfo {
  title: string;
  category?: ListCategory;
  filters: readonly ListFilter[];
  weightOverrides: readonly WeightOverride[];
}

/** A list's filter that applies to this candidate: the signal is suppressed, for the stated reason. */
export interface AppliedFilter {
  signalId: string;
  listTitle: string;
  reason: string;
}

/** A list's weight for a signal, with the list that set it. */
export interface ListWeight {
  signalId: string;
  weight: number;
  listTitle: string;
  reason: string;
}

/**
 * The index over every enabled list, held by the background and rebuilt when lists change. Checks
 * ask it once per candidate; signals only ever see the matches, through their context. Filters are
 * indexed the same way (one pseudo-entry per filter), so a candidate is tested against all of them
 * in one lookup.
 */
let active: { index: ListIndex; filters: ListIndex; lists: ReadonlyMap<string, ActiveListInfo> } | undefined;

export function setActiveLists(entries: readonly IndexEntry[], lists: ReadonlyMap<string, ActiveListInfo>): void {
  if (lists.size === 0) {
    active = undefined;
    return;
  }
  // A filter's "list id" is its list and position, so a match leads back to the filter.
  const filterEntries: IndexEntry[] = [...lists].flatMap(([listId, info]) =>
    info.filters.map((f, i) => ({ listId: `${listId}\u0000${i}`, kind: f.match.kind, value: f.match.value })),
  );
  active = { index: buildListIndex(entries), filters: buildListIndex(filterEntries), lists };
}

/** `photoHashes`: the candidate's stored profile-photo hashes (lib/db/record-photo-hash.ts), matched by near-duplicate. */
export function listContext(view: CandidateView, ipFacts: readonly IpFact[] = [], photoHashes: readonly string[] = []): SignalContext['lists'] {
  if (!active) return undefined;
  const { index, lists } = active;
  const matches: ListMatch[] = index.match(candidateListQuery(view, ipFacts, photoHashes)).map((m) => {
    const info = lists.get(m.listId);
    return { ...m, listTitle: info?.title ?? m.listId, category: info?.category ?? 'fraud-indicators' };
  });
  const enabled = { 'fraud-indicators': 0, 'vpn-hosting': 0 };
  for (const info of lists.values()) enabled[info.category ?? 'fraud-indicators'] += 1;
  return { enabled, matches };
}

/** The enabled lists' filters that match this candidate. */
export function appliedFilters(view: CandidateView, ipFacts: readonly IpFact[] = [], photoHashes: readonly string[] = []): AppliedFilter[] {
  if (!active) return [];
  const { filters, lists } = active;
  const seen = new Set<string>();
  const out: AppliedFilter[] = [];
  for (const m of filters.match(candidateListQuery(view, ipFacts, photoHashes))) {
    if (seen.has(m.listId)) continue;
    seen.add(m.listId);
    const [listId = '', position = ''] = m.listId.split('\u0000');
    const info = lists.get(listId);
    const filter = info?.filters[Number(position)];
    if (info && filter) out.push({ signalId: filter.signalId, listTitle: info.title, reason: filter.reason });
  }
  return out;
}

/** Weight overrides from every enabled list. Two lists disagreeing: the lower weight wins (evidence is never inflated by a list). */
export function listWeights(): ListWeight[] {
  if (!active) return [];
  const bySignal = new Map<string, ListWeight>();
  for (const info of active.lists.values()) {
    for (const o of info.weightOverrides) {
      const current = bySignal.get(o.signalId);
      if (!current || o.weight < current.weight) bySignal.set(o.signalId, { signalId: o.signalId, weight: o.weight, listTitle: info.title, reason: o.reason });
    }
  }
  return [...bySignal.values()];
}
