import { namesAgree } from '../candidate/normalise-name';
import type { IdentityKey } from '../candidate/identity-keys';
import { identityKeyString } from '../candidate/identity-keys';
import type { ReuseMatch } from '../signals/define-signal';
import { siteLabel } from '../sites';
import type { HireProofDb } from './database';
import type { CandidateRecord, IdentityKeyRecord } from './records';

export interface ReuseInput {
  candidateId: string;
  names: readonly string[];
  keys: readonly IdentityKey[];
}

/**
 * Other candidates holding one of `keys` under names that do not agree with `names`. Holders whose
 * names agree are the same person seen twice (not yet merged), not reuse, and are left out.
 * `rows[i]` is the stored row of `keys[i]`; `others` holds every candidate those rows name.
 */
export function reuseFromRows(
  input: ReuseInput & { rows: ReadonlyArray<IdentityKeyRecord | undefined>; others: ReadonlyMap<string, CandidateRecord> },
): ReuseMatch[] {
  const matches: ReuseMatch[] = [];
  input.keys.forEach((key, i) => {
    for (const holder of input.rows[i]?.holders ?? []) {
      const other = input.others.get(holder.candidateId);
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

/** `reuseFromRows` with the rows and candidates read from the database. */
export async function findReuse(db: HireProofDb, input: ReuseInput): Promise<ReuseMatch[]> {
  const rows = await db.identityKeys.bulkGet(input.keys.map(identityKeyString));
  const ids = [...new Set(rows.flatMap((row) => row?.candidateIds ?? []))].filter((id) => id !== input.candidateId);
  if (ids.length === 0) return [];
  const others = new Map((await db.candidates.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return reuseFromRows({ ...input, rows, others });
}
