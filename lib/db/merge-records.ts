import type { CandidateRecord, IdentityKeyHolder, IdentityKeyRecord } from './records';

/**
 * The pure halves of a merge (lib/db/merge-candidates.ts): what one identity key row and the kept
 * candidate record look like once `from` is folded into `into`.
 */

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/**
 * The key row with `from` replaced by `into`: in `candidateIds` without a duplicate, and in the
 * holders, one per candidate as recordObservation writes them. When both held the key, the earlier
 * holder stays: `seenAt` is when the person was first seen with it.
 */
export function mergeKeyRow(row: IdentityKeyRecord, fromId: string, intoId: string): IdentityKeyRecord {
  const candidateIds = unique(row.candidateIds.map((id) => (id === fromId ? intoId : id)));
  const holders: IdentityKeyHolder[] = [];
  for (const holder of row.holders.map((h) => (h.candidateId === fromId ? { ...h, candidateId: intoId } : h))) {
    const at = holders.findIndex((h) => h.candidateId === holder.candidateId);
    if (at === -1) holders.push(holder);
    else if (holder.seenAt < (holders[at] as IdentityKeyHolder).seenAt) holders[at] = holder;
  }
  return { key: row.key, candidateIds, holders };
}

/**
 * The kept record: `into`'s id and display name, every name, key and false-positive mark of both,
 * the stronger flag (flagged wins; both reasons kept), the earlier `createdAt`. `updatedAt` is the
 * later of the two, not the merge time: retention counts from when the person was last seen
 * (lib/db/last-seen.ts), and a reviewer's merge is not the person being seen again.
 */
export function mergeCandidateRecords(into: CandidateRecord, from: CandidateRecord, heldKeys: readonly string[]): CandidateRecord {
  const flagged = [into, from].filter((c) => c.flaggedForReview === 1);
  const reasons = unique(flagged.flatMap((c) => (c.flagReason?.trim() ? [c.flagReason.trim()] : [])));
  return {
    id: into.id,
    displayName: into.displayName !== '' ? into.displayName : from.displayName,
    names: unique([...into.names, ...from.names]),
    identityKeys: unique([...into.identityKeys, ...from.identityKeys, ...heldKeys]).sort(),
    falsePositiveSignalIds: unique([...into.falsePositiveSignalIds, ...from.falsePositiveSignalIds]).sort(),
    flaggedForReview: flagged.length > 0 ? 1 : 0,
    ...(reasons.length > 0 ? { flagReason: reasons.join('; ') } : {}),
    createdAt: Math.min(into.createdAt, from.createdAt),
    updatedAt: Math.max(into.updatedAt, from.updatedAt),
  };
}
