import type { IdentityKeyHolder, IdentityKeyRecord, ObservationRecord } from './records';

export interface SplitKeysInput {
  originalId: string;
  newId: string;
  /** Stored rows of every key concerned (undefined: no row yet). */
  rows: ReadonlyMap<string, IdentityKeyRecord | undefined>;
  /** Keys the original's record lists (it keeps keys of pages that since changed). */
  held: readonly string[];
  /** Keys derived from the sightings that stay, and from those that move (lib/db/sighting-keys.ts). */
  keep: ReadonlySet<string>;
  move: ReadonlySet<string>;
  /** The sightings that stay and those that move, newest first; neither is empty. */
  remaining: readonly ObservationRecord[];
  moved: readonly ObservationRecord[];
  /** The keys one sighting derives alone: which page a holder names. */
  keysOf: (record: ObservationRecord) => ReadonlySet<string>;
}

export interface SplitKeys {
  /** Every row concerned, as it should now be: each key stays with one record or both, so no row empties. */
  put: IdentityKeyRecord[];
  originalKeys: string[];
  newKeys: string[];
}

const pageOf = (p: { source: string; pageUrl: string }) => `${p.source} ${p.pageUrl}`;

/**
 * The identity key rows after a split (lib/db/split-candidate.ts). A key derived from the staying
 * sightings stays with the original, one derived from the moving sightings goes to the new candidate,
 * one derived by both stays with both. A key the original holds that no sighting derives any more
 * (a page changed its e-mail since) goes with the page its holder entry names, so it follows the
 * page it came from; without such a page it stays. Holders name a page of their own candidate: the
 * original's holder entry naming a page that moved is pointed at a staying page (keeping its time).
 */
export function splitKeyRows(input: SplitKeysInput): SplitKeys {
  const { originalId, newId } = input;
  const movedPages = new Set(input.moved.map((r) => pageOf(r.observation)));
  const holderFor = (key: string, records: readonly ObservationRecord[], candidateId: string): IdentityKeyHolder => {
    const record = (records.find((r) => input.keysOf(r).has(key)) ?? records[0]) as ObservationRecord;
    return { candidateId, source: record.observation.source, pageUrl: record.observation.pageUrl, seenAt: record.firstSeenAt };
  };
  const keys = new Set([...input.rows.keys(), ...input.held, ...input.keep, ...input.move]);
  const result: SplitKeys = { put: [], originalKeys: [], newKeys: [] };
  for (const key of [...keys].sort()) {
    const stored = input.rows.get(key) ?? { key, candidateIds: [], holders: [] };
    const own = stored.holders.find((h) => h.candidateId === originalId);
    const derived = input.keep.has(key) || input.move.has(key);
    const staleOfMoved = !derived && own !== undefined && movedPages.has(pageOf(own));
    const originalHas = input.keep.has(key) || (!derived && !staleOfMoved);
    const newHas = input.move.has(key) || staleOfMoved;

    // Holders in their stored order; the original's entry named a page of its own.
    const originalHolder = (): IdentityKeyHolder =>
      own && !movedPages.has(pageOf(own)) ? own : { ...holderFor(key, input.remaining, originalId), ...(own ? { seenAt: own.seenAt } : {}) };
    const holders = stored.holders.flatMap((h) =>
      h.candidateId === newId ? [] : h.candidateId !== originalId ? [h] : originalHas ? [originalHolder()] : [],
    );
    if (originalHas && !own) holders.push(originalHolder());
    if (newHas) holders.push(staleOfMoved && own ? { ...own, candidateId: newId } : holderFor(key, input.moved, newId));
    // The order of ids as stored, the new candidate last: `candidateIds[0]` of a site key is its owner.
    const candidateIds = [...new Set([...stored.candidateIds, ...(originalHas ? [originalId] : []), ...(newHas ? [newId] : [])])].filter(
      (id) => (id !== originalId || originalHas) && (id !== newId || newHas),
    );
    if (originalHas) result.originalKeys.push(key);
    if (newHas) result.newKeys.push(key);
    result.put.push({ key, candidateIds, holders });
  }
  return result;
}
