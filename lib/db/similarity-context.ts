import type { SignalContext } from '../signals/define-signal';
import type { HireProofDb } from './database';
import { lookUpSimilarPhotos } from './find-similar-photos';
import { findSimilarSummaries } from './find-similar-summaries';
import { nearList } from './photo-near';
import type { PhotoHashRecord, SummaryBandRecord, SummaryFingerprintRecord } from './records';

export interface CandidateSimilarity {
  summaryReuse: NonNullable<SignalContext['summaryReuse']>;
  photoReuse: NonNullable<SignalContext['photoReuse']>;
  /** The candidate's distinct photo hashes, for the list lookup (lists carry photo hashes too). */
  photoHashes: string[];
  /** Near lists for the candidate's photo rows that had none (stored before lists existed), found in the block rows. */
  nearFound: Array<{ seq: number; near: number[] }>;
}

/**
 * What the similarity signals need to know about one candidate, from its own summary fingerprints and
 * photo rows: the near-duplicates other candidates hold. Call inside a transaction covering
 * summaryFingerprints, summaryBands, photoHashes, photoBlocks and candidates.
 */
export async function similarityContext(
  db: HireProofDb,
  input: {
    candidateId: string;
    names: readonly string[];
    /** With their near lists when filed (lib/db/summary-near.ts). */
    summaries: ReadonlyArray<Pick<SummaryFingerprintRecord, 'id' | 'signature' | 'bands' | 'near'>>;
    photos: readonly PhotoHashRecord[];
    /** Summary band rows this transaction read already. */
    knownBands?: ReadonlyMap<string, SummaryBandRecord | undefined>;
  },
): Promise<CandidateSimilarity> {
  const photoHashes = [...new Set(input.photos.flatMap((p) => (p.hash === undefined ? [] : [p.hash])))];
  const knownNear = new Map(input.photos.flatMap((p) => (p.hash === undefined || p.near === undefined ? [] : [[p.hash, p.near] as const])));
  const [summaryMatches, photos] = await Promise.all([
    findSimilarSummaries(db, { candidateId: input.candidateId, names: input.names, fingerprints: input.summaries, ...(input.knownBands ? { knownBands: input.knownBands } : {}) }),
    lookUpSimilarPhotos(db, {
      candidateId: input.candidateId,
      names: input.names,
      hashes: photoHashes,
      ownSeqs: input.photos.flatMap((p) => (p.seq === undefined ? [] : [p.seq])),
      knownNear,
    }),
  ]);
  const nearFound = input.photos.flatMap(({ seq, hash, near }) => {
    const probed = hash === undefined ? undefined : photos.probed.get(hash);
    if (seq === undefined || near !== undefined || !probed) return [];
    const others = new Map(probed);
    others.delete(seq);
    return [{ seq, near: nearList(others) }];
  });
  // The newest failure explains a photo that could not be checked.
  const failed = input.photos.filter((p) => p.hash === undefined).sort((a, b) => b.checkedAt - a.checkedAt)[0]?.failed;
  return {
    summaryReuse: { compared: input.summaries.length, matches: summaryMatches },
    photoReuse: { hashed: photoHashes.length, ...(failed === undefined ? {} : { failed }), matches: photos.matches },
    photoHashes,
    nearFound,
  };
}
