import { namesAgree } from '../candidate/normalise-name';
import type { IdentityKey } from '../candidate/identity-keys';
import { identityKeyString } from '../candidate/identity-keys';
import type { ReuseMatch } from '../signals/define-signal';
import { siteLabel } from '../sites';
import type { HireProofDb } from './database';

/**
 * Other candidates holding one of `keys` under names that do not agree with `names`. Holders whose
 * names agree are the same person seen twice (not yet merged), not reuse, and are left out.
 */
export async function findReuse(
  db: HireProofDb,
  input: { candidateId: string; names: readonly string[]; keys: readonly IdentityKey[] },
): Promise<ReuseMatch[]> {
  const rows = await db.identityKeys.bulkGet(input.keys.map(identityKeyString));
  const otherIds = new Set<string>();
  for (const row of rows) for (const id of row?.candidateIds ?? []) if (id !== input.candidateId) otherIds.add(id);
  if (otherIds.size === 0) return [];
  const ids = [...otherIds];
  const others = new Map((await db.candidates.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));

  const matches: ReuseMatch[] = [];
  input.keys.forEach((key, i) => {
    for (const holder of rows[i]?.holders ?? []) {
      const other = others.get(holder.candidateId);
      if (!other || other.id === input.candidateId || namesAgree(other.names, input.names)) continue;
      matches.push({
        keyKind: key.kind,
        keyValue: key.value,
        otherCandidateId: other.id,
        otherName: other.displayName,
        otherSource: siteLabel(holder.source),
        otherPageUrl: holder.pageUrl,
        otherSeenAt: holder.seenAt,
      });
    }
  });
  return matches;
}
