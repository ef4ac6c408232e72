import { namesAgree } from '../candidate/normalise-name';
import type { PhotoMatch } from '../signals/define-signal';
import { popcount32 } from '../similarity/hamming-distance';
import { isPhotoHash, PHOTO_MATCH_MAX_DISTANCE, photoBlockProbes, photoHashHalves } from '../similarity/photo-hash-blocks';
import { siteLabel } from '../sites';
import type { HireProofDb } from './database';
import { nearInBlocks } from './photo-near';
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
  /**
   * Stored near lists (lib/db/photo-near.ts) by hash: those hashes are not looked up in the block
   * rows. A hash without one is.
   */
  knownNear?: ReadonlyMap<string, readonly number[]>;
}

export interface SimilarPhotos {
  matches: PhotoMatch[];
  /** For each hash looked up in the block rows: every photo row near it (seq -> distance), own rows included. */
  probed: Map<string, Map<number, number>>;
}

/**
 * Other candidates whose profile photo hash is within PHOTO_MATCH_MAX_DISTANCE bits of one of
 * `hashes`, under names that do not agree with `names`. A hash with a stored near list is answered
 * from it; the others from the block rows of the multi-index probes
 * (lib/similarity/photo-hash-blocks.ts), read all at once, which hold the hashes filed under them
 * with their photo rows' `seq`. Only the photo rows within the distance are read, and their
 * distance is taken from the rows themselves. One match per other sighting, nearest first.
 */
export async function lookUpSimilarPhotos(db: HireProofDb, input: SimilarPhotosInput): Promise<SimilarPhotos> {
  const hashes = [...new Set(input.hashes)].filter(isPhotoHash);
  const probed = new Map<string, Map<number, number>>();
  if (hashes.length === 0) return { matches: [], probed };
  const unknown = hashes.filter((hash) => !input.knownNear?.has(hash));
  const blocks = unknown.length > 0 ? await db.photoBlocks.bulkGet([...new Set(unknown.flatMap(photoBlockProbes))]) : [];
  for (const hash of unknown) probed.set(hash, nearInBlocks(blocks, hash));
  const own = new Set(input.ownSeqs);
  // Nearest first, so the cap keeps the nearest; a list is nearest first already.
  const fromBlocks = [...probed.values()].flatMap((near) => [...near]).sort((a, b) => a[1] - b[1]).map(([seq]) => seq);
  const fromLists = hashes.flatMap((hash) => input.knownNear?.get(hash) ?? []);
  const seqs = [...new Set([...fromBlocks, ...fromLists])].filter((seq) => !own.has(seq)).slice(0, MAX_PHOTO_ROWS);
  if (seqs.length === 0) return { matches: [], probed };
  const queries = hashes.map(photoHashHalves);
  const rows = (await db.photoHashes.bulkGet(seqs)).flatMap((row): Array<{ row: PhotoHashRecord; distance: number }> => {
    if (row?.hash === undefined || row.candidateId === input.candidateId) return [];
    const [high, low] = photoHashHalves(row.hash);
    // A list entry is re-measured: nothing but the row itself says how near it is.
    const distance = Math.min(...queries.map(([h, l]) => popcount32(high ^ h) + popcount32(low ^ l)));
    return distance <= PHOTO_MATCH_MAX_DISTANCE ? [{ row, distance }] : [];
  });
  if (rows.length === 0) return { matches: [], probed };
  const ids = [...new Set(rows.map((r) => r.row.candidateId))];
  const others = new Map((await db.candidates.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  const matches = rows
    .flatMap(({ row, distance }): PhotoMatch[] => {
      const other = others.get(row.candidateId);
      if (!other || namesAgree(other.names, input.names)) return [];
      return [{ otherCandidateId: other.id, otherName: other.displayName, otherSource: siteLabel(row.source), otherPageUrl: row.pageUrl, otherSeenAt: row.seenAt, distance }];
    })
    .sort((a, b) => a.distance - b.distance || a.otherSeenAt - b.otherSeenAt);
  return { matches, probed };
}

/** The matches of lookUpSimilarPhotos alone. */
export async function findSimilarPhotos(db: HireProofDb, input: SimilarPhotosInput): Promise<PhotoMatch[]> {
  return (await lookUpSimilarPhotos(db, input)).matches;
}
