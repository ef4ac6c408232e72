import { z } from 'zod';
import { openDatabase, type HireProofDb } from '../../lib/db/database';
import { fileSummaries } from '../../lib/db/summary-near';
import { findSimilarPhotos } from '../../lib/db/find-similar-photos';
import { findSimilarSummaries } from '../../lib/db/find-similar-summaries';
import { recordObservation } from '../../lib/db/record-observation';
import { recordPhotoHash } from '../../lib/db/record-photo-hash';
import type { CandidateObservation } from '../../lib/candidate/observation';
import type { CandidateRecord, PhotoBlockRecord, PhotoHashRecord, SummaryFingerprintRecord } from '../../lib/db/records';
import { photoBlockKeys, photoHashHalves } from '../../lib/similarity/photo-hash-blocks';
import { prng } from '../lib/lists/indexes/random';
import { fingerprintOf, summaryText } from './generated-summaries';

/**
 * The similarity bench's page script (test/bench/similarity-bench.ts): seeds the HireProof schema in
 * this page's IndexedDB with generated candidates, each with a summary fingerprint and a photo hash,
 * and times the lookups the background runs for a new candidate. Everything is generated from
 * seeds, so runs differ only by the machine.
 */

// The page is served with the extension's CSP, which forbids zod's JIT probe.
z.config({ jitless: true });

const nameOf = (i: number) => `Applicant${i} Seeded`;
function photoHash(seed: number): string {
  const rand = prng(seed ^ 0x5bd1e995);
  let hex = '';
  for (let i = 0; i < 16; i++) hex += Math.floor(rand() * 16).toString(16);
  return hex;
}
export type PipelineKind = 'plain' | 'summary' | 'revisit' | 'revisit-plain';

function pipelineObservation(seed: number, kind: PipelineKind): CandidateObservation {
  const login = `bench-${kind}-${seed}`;
  return {
    source: 'linkedin', pageUrl: `https://www.linkedin.com/in/${login}/`, siteCandidateId: login, observedAt: 0,
    names: [`Bench${seed} ${kind}`], emails: [`${login}@example.com`], phones: [], links: [], employment: [], education: [], skills: [],
    ...(kind === 'summary' || kind === 'revisit' ? { summary: summaryText(2_000_000_000 + seed), photoUrl: `https://media.example/${login}.jpg` } : {}),
  };
}

let db: HireProofDb | undefined;
const open = async () => {
  db ??= openDatabase('hireproof-bench');
  await db.open();
  return db;
};

const api = {
  /** Stores candidates [start, end) in one transaction; returns ms spent fingerprinting and writing. */
  async seed(start: number, end: number): Promise<{ fingerprintMs: number; writeMs: number }> {
    const database = await open();
    const t0 = performance.now();
    const candidates: CandidateRecord[] = [];
    const texts: SummaryFingerprintRecord[] = [];
    const photos: PhotoHashRecord[] = [];

    for (let i = start; i < end; i++) {
      const id = `seed-${i}`;
      const at = 1_700_000_000_000 + i * 1000;
      const pageUrl = `https://www.linkedin.com/in/applicant-${i}`;
      const hash = photoHash(i);
      candidates.push({ id, displayName: nameOf(i), names: [nameOf(i)], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: at, updatedAt: at });
      texts.push({ id: `linkedin|applicant-${i}`, candidateId: id, ...fingerprintOf(summaryText(i), [nameOf(i)]), source: 'linkedin', pageUrl, seenAt: at });
      photos.push({ id: `linkedin|applicant-${i}`, candidateId: id, url: `https://media.example/${i}.jpg`, hash, source: 'linkedin', pageUrl, seenAt: at, checkedAt: at });
    }
    const t1 = performance.now();
    await database.transaction('rw', [database.candidates, database.summaryFingerprints, database.summaryBands, database.photoHashes, database.photoBlocks], async () => {
      const [, , seqs] = await Promise.all([
        database.candidates.bulkPut(candidates),
        database.summaryFingerprints.bulkPut(texts),
        database.photoHashes.bulkAdd(photos, { allKeys: true }),
      ]);
      // Block key -> this batch's entries, merged into the stored rows in one read and one write per
      // key (lib/db/photo-blocks.ts files one photo at a time, as the background receives them).
      const filed = new Map<string, number[]>();
      photos.forEach((photo, j) => {
        for (const key of photoBlockKeys(photo.hash!)) filed.set(key, [...(filed.get(key) ?? []), ...photoHashHalves(photo.hash!), seqs[j]!]);
      });
      const keys = [...filed.keys()];
      const existing = await database.photoBlocks.bulkGet(keys);
      const blocks = keys.map((key, k): PhotoBlockRecord => {
        const old = existing[k]?.entries ?? new Uint32Array(0);
        const added = filed.get(key) ?? [];
        const entries = new Uint32Array(old.length + added.length);
        entries.set(old);
        entries.set(added, old.length);
        return { key, entries };
      });
      await database.photoBlocks.bulkPut(blocks);
      // The batch's summaries filed under their bands, with their near lists, as the background files them.
      await fileSummaries(database, texts.map((t) => ({ id: t.id, to: t.bands })));
    });
    return { fingerprintMs: t1 - t0, writeMs: performance.now() - t1 };
  },

  /**
   * One new candidate's summary lookup: `copyOf` >= 0 makes it a renamed copy of that stored
   * candidate's summary, else a summary of its own. Returns ms (fingerprint and lookup) and matches.
   */
  async lookupSummary(seed: number, copyOf: number): Promise<{ fingerprintMs: number; lookupMs: number; matches: number }> {
    const database = await open();
    const t0 = performance.now();
    const names = [`Query${seed} Person`];
    const text = copyOf >= 0 ? summaryText(copyOf).replace(/^/, 'hello. ') : summaryText(1_000_000_000 + seed);
    const fingerprint = fingerprintOf(text, names);
    const t1 = performance.now();
    const matches = await database.transaction('r', [database.summaryFingerprints, database.summaryBands, database.candidates], () =>
      findSimilarSummaries(database, { candidateId: `query-${seed}`, names, fingerprints: [fingerprint] }),
    );
    return { fingerprintMs: t1 - t0, lookupMs: performance.now() - t1, matches: matches.length };
  },

  /** One new candidate's photo lookup: a copy of a stored photo with `flipped` bits changed, or a photo of its own. */
  async lookupPhoto(seed: number, copyOf: number, flipped: number): Promise<{ lookupMs: number; matches: number }> {
    const database = await open();
    let hash = copyOf >= 0 ? photoHash(copyOf) : photoHash(1_000_000_000 + seed);
    for (let b = 0; b < flipped; b++) {
      const at = (b * 5 + seed) % 16;
      hash = `${hash.slice(0, at)}${(Number.parseInt(hash[at]!, 16) ^ 1).toString(16)}${hash.slice(at + 1)}`;
    }
    const t0 = performance.now();
    const matches = await database.transaction('r', [database.photoHashes, database.photoBlocks, database.candidates], () =>
      findSimilarPhotos(database, { candidateId: `query-${seed}`, names: [`Query${seed} Person`], hashes: [hash] }),
    );
    return { lookupMs: performance.now() - t0, matches: matches.length };
  },

  /**
   * The first visit to a page that the `revisit` kinds of `pipeline` read again: recorded, and its
   * photo (if any) hashed and stored as the background does after replying. Returns the ms that
   * storing the photo hash took (recordPhotoHash: the block rows and both re-assessments), or 0.
   */
  async firstVisit(seed: number, kind: PipelineKind): Promise<number> {
    const database = await open();
    const first = await recordObservation(database, { observation: pipelineObservation(seed, kind), now: 1 });
    if (!first.photoToHash) return 0;
    const t0 = performance.now();
    await recordPhotoHash(database, { ...first.photoToHash, result: { ok: true, hash: photoHash(2_000_000_000 + seed) }, now: 2 });
    return performance.now() - t0;
  },

  /**
   * The whole observation pipeline (recordObservation, as the background runs it): `plain` a new
   * applicant showing neither summary nor photo, `summary` a new applicant with a summary (the text
   * lookup runs; a new photo is only hashed after the reply), `revisit-plain` and `revisit` a page
   * read again after `firstVisit` (for `revisit` both lookups run). Returns ms from the call to the
   * assessment committed.
   */
  async pipeline(seed: number, kind: PipelineKind): Promise<number> {
    const database = await open();
    const t0 = performance.now();
    const { storedAt } = await recordObservation(database, { observation: pipelineObservation(seed, kind), now: 3 });
    return storedAt - t0;
  },

  async counts(): Promise<{ candidates: number; summaries: number; photos: number; blocks: number }> {
    const database = await open();
    return {
      candidates: await database.candidates.count(),
      summaries: await database.summaryFingerprints.count(),
      photos: await database.photoHashes.count(),
      blocks: await database.photoBlocks.count(),
    };
  },
};
export type SimilarityBenchApi = typeof api;

(window as unknown as { similarityBench: SimilarityBenchApi }).similarityBench = api;
