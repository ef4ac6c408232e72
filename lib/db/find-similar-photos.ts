import { namesAgree } from '../candidate/normalise-name';
import type { PhotoMatch } from '../signals/define-signal';
import { popcount32 } from '../similarity/hamming-distance';
import { isPhotoHash, PHOTO_MATCH_MAX_DISTANCE, photoBlockProbes, photoHashHalves } from '../similarity/photo-hash-blocks';
import { siteLabel } from '../sites';
import type { HireProofDb } from './database';
import { BLOCK_ENTRY_SIZE } from './photo-blocks';
import type { PhotoHashRecord } from './records';

/**
 * Most photo rows one lookup reads after the block rows. Only photos within the distance are read, so
 * this binds only when one image (a site's default avatar, a popular stock photo) is behind hundreds
 * of applicants; the evidence lists the first few anyway.
 */
export const MAX_PHOTO_ROWS = 500;

export interface SimilarPhotosInput {
  candidateId: string;
  names: readonly string[];
  /** The candidate's own photo hashes (16 hex digits). */
  hashes: readonly string[];
  /** The `seq` of the candidate's own photo rows, which the block rows list too: never read back. */
  ownSeqs?: readonly number[];
}

/**
 * Other candidates whose profile photo hash is within PHOTO_MATCH_MAX_DISTANCE bits of one of
 * `hashes`, under names that do not agree with `names`. Reads the block rows of the multi-index
 * probes (lib/similarity/photo-hash-blocks.ts) all at once; each holds the hashes filed under it with
 * their photo rows' `seq`, so only the photo rows within the distance are read. One match per other
 * sighting, nearest first.
 */
export async function findSimilarPhotos(db: HireProofDb, input: SimilarPhotosInput): Promise<PhotoMatch[]> {
  const hashes = [...new Set(input.hashes)].filter(isPhotoHash);
  if (hashes.length === 0) return [];
  const queries = hashes.map(photoHashHalves);
  const blocks = await db.photoBlocks.bulkGet([...new Set(hashes.flatMap(photoBlockProbes))]);
  const near = new Map<number, number>();
  const own = new Set(input.ownSeqs);
  for (const block of blocks) {
    const entries = block?.entries ?? new Uint32Array(0);
    for (let at = 0; at < entries.length; at += BLOCK_ENTRY_SIZE) {
      const high = entries[at] as number;
      const low = entries[at + 1] as number;
      const seq = entries[at + 2] as number;
      if (own.has(seq)) continue;
      for (const [h, l] of queries) {
        const distance = popcount32(high ^ h) + popcount32(low ^ l);
        if (distance <= PHOTO_MATCH_MAX_DISTANCE && distance < (near.get(seq) ?? Infinity)) near.set(seq, distance);
      }
    }
  }
  const closest = [...near].sort((a, b) => a[1] - b[1]).slice(0, MAX_PHOTO_ROWS);
  if (closest.length === 0) return [];
  const rows = (await db.photoHashes.bulkGet(closest.map(([seq]) => seq))).filter(
    (r): r is PhotoHashRecord => r !== undefined && r.candidateId !== input.candidateId,
  );
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((r) => r.candidateId))];
  const others = new Map((await db.candidates.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return rows
    .flatMap((row): PhotoMatch[] => {
      const other = others.get(row.candidateId);
      if (!other || namesAgree(other.names, input.names)) return [];
      return [{ otherCandidateId: other.id, otherName: other.displayName, otherSource: siteLabel(row.source), otherPageUrl: row.pageUrl, otherSeenAt: row.seenAt, distance: near.get(row.seq ?? -1) ?? 0 }];
    })
    .sort((a, b) => a.distance - b.distance || a.otherSeenAt - b.otherSeenAt);
}
