import { namesAgree } from '../candidate/normalise-name';
import type { SummaryMatch } from '../signals/define-signal';
import { estimatedJaccard } from '../similarity/minhash';
import { SUMMARY_MATCH_MIN_JACCARD } from '../similarity/summary-fingerprint';
import { siteLabel } from '../sites';
import type { HireProofDb } from './database';
import type { SummaryBandRecord, SummaryFingerprintRecord } from './records';
import { readSummaryBands } from './summary-bands';

/**
 * Most rows one lookup reads. Rows share a band with the candidate's summary only when the texts
 * are close (lib/similarity/lsh-bands.ts), so this is only reached when one template is behind
 * hundreds of applicants; the evidence then lists the first few anyway.
 */
export const MAX_SUMMARY_ROWS = 500;

export interface SimilarSummariesInput {
  candidateId: string;
  names: readonly string[];
  /**
   * The candidate's own summaries' fingerprints; with their row ids when stored, so those rows are
   * not read back, and their near lists when filed (lib/db/summary-near.ts), so their bands are not read.
   */
  fingerprints: ReadonlyArray<Pick<SummaryFingerprintRecord, 'signature' | 'bands' | 'near'> & { id?: string }>;
  /** Band rows this transaction read already (readSummaryBands): not read again. */
  knownBands?: ReadonlyMap<string, SummaryBandRecord | undefined>;
}

/**
 * Other candidates whose summary is a near-duplicate of one of `fingerprints` (estimated Jaccard
 * similarity at least SUMMARY_MATCH_MIN_JACCARD) under names that do not agree with `names`: a
 * candidate seen on two sites with the same text under the same name is one person, not a copy.
 * One match per other sighting, most similar first. Takes the sightings a fingerprint's near list
 * names, or for one without a list those its band rows name (lib/db/summary-bands.ts; none already
 * `knownBands` are read again), then reads only those fingerprint rows, measuring each again: a
 * listed row may have changed its text since.
 */
export async function findSimilarSummaries(db: HireProofDb, input: SimilarSummariesInput): Promise<SummaryMatch[]> {
  const bands = [...new Set(input.fingerprints.flatMap((f) => (f.near ? [] : f.bands)))];
  const known = input.knownBands ?? new Map<string, SummaryBandRecord | undefined>();
  const read = await readSummaryBands(db, bands.filter((band) => !known.has(band)));
  const filed = [
    ...input.fingerprints.flatMap((f) => f.near ?? []),
    ...bands.flatMap((band) => (known.has(band) ? known.get(band) : read.get(band))?.ids ?? []),
  ];
  const own = new Set(input.fingerprints.map((f) => f.id));
  const sightings = [...new Set(filed)].filter((id) => !own.has(id)).slice(0, MAX_SUMMARY_ROWS);
  if (sightings.length === 0) return [];
  const rows = (await db.summaryFingerprints.bulkGet(sightings)).filter((r): r is SummaryFingerprintRecord => r !== undefined);
  const close = rows.flatMap((row) => {
    if (row.candidateId === input.candidateId) return [];
    const similarity = Math.max(...input.fingerprints.map((f) => estimatedJaccard(f.signature, row.signature)));
    return similarity >= SUMMARY_MATCH_MIN_JACCARD ? [{ row, similarity }] : [];
  });
  if (close.length === 0) return [];
  const ids = [...new Set(close.map((c) => c.row.candidateId))];
  const others = new Map((await db.candidates.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return close
    .flatMap(({ row, similarity }): SummaryMatch[] => {
      const other = others.get(row.candidateId);
      if (!other || namesAgree(other.names, input.names)) return [];
      return [{ otherCandidateId: other.id, otherName: other.displayName, otherSource: siteLabel(row.source), otherPageUrl: row.pageUrl, otherSeenAt: row.seenAt, similarity }];
    })
    .sort((a, b) => b.similarity - a.similarity || a.otherSeenAt - b.otherSeenAt);
}
