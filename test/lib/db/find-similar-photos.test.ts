import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { findSimilarPhotos } from '../../../lib/db/find-similar-photos';
import type { CandidateRecord, PhotoHashRecord } from '../../../lib/db/records';
import { hammingDistance } from '../../../lib/similarity/hamming-distance';
import { PHOTO_MATCH_MAX_DISTANCE } from '../../../lib/similarity/photo-hash-blocks';
import { refilePhotoBlocks } from '../../../lib/db/photo-blocks';
import { prng, randomBits } from '../lists/indexes/random';

let db: HireProofDb;
useFreshDatabase('find-similar-photos', (opened) => (db = opened));

const candidate = (id: string, name: string): CandidateRecord => ({
  id, displayName: name, names: [name], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: 1, updatedAt: 1,
});
const row = (id: string, hash: string | undefined, seenAt = 1000): PhotoHashRecord => ({
  id: `wellfound|${id}`, candidateId: id, url: `https://photos.example/${id}.jpg`, ...(hash ? { hash } : { failed: 'HTTP 404' }),
  source: 'wellfound', pageUrl: `https://wellfound.com/u/${id}`, seenAt, checkedAt: seenAt,
});
async function store(id: string, name: string, hash: string | undefined): Promise<void> {
  await db.transaction('rw', db.candidates, db.photoHashes, db.photoBlocks, async () => {
    await db.candidates.put(candidate(id, name));
    await refilePhotoBlocks(db, (await db.photoHashes.put(row(id, hash)))!, { to: hash });
  });
}
const JORDAN = 'f0e1d2c3b4a59687';
const jordan = { candidateId: 'jordan', names: ['Jordan Ellis'], hashes: [JORDAN] };

describe('findSimilarPhotos', () => {
  it.each<[string, Array<[string, string, string | undefined]>, Array<[string, number]>]>([
    ['nothing stored', [], []],
    ['the same photo under another name', [['sam', 'Sam Okafor', JORDAN]], [['Sam Okafor', 0]]],
    ['recompressed (3 bits) and cropped (10 bits), nearest first', [['b', 'Bo Chen', 'f0e1d2c3b4a59578'], ['a', 'Al Diaz', 'f0e1d2c3b4a59680']], [['Al Diaz', 3], ['Bo Chen', 10]]],
    ['11 bits away is another photo', [['c', 'Cy Ng', '0fe1d2c3b4a59680']], []],
    ['an agreeing name is the same person', [['j2', 'J. Ellis', JORDAN]], []],
    ["the candidate's own photo", [['jordan', 'Jordan Ellis', JORDAN]], []],
    ['a photo that could not be read', [['d', 'Di Park', undefined]], []],
  ])('%s', async (_label, stored, expected) => {
    for (const [id, name, hash] of stored) await store(id, name, hash);
    const matches = await db.transaction('r', db.photoHashes, db.photoBlocks, db.candidates, () => findSimilarPhotos(db, jordan));
    expect(matches.map((m) => [m.otherName, m.distance])).toEqual(expected);
  });

  it('says where and when the other photo was seen', async () => {
    await store('sam', 'Sam Okafor', JORDAN);
    expect(await findSimilarPhotos(db, jordan)).toEqual([
      { otherCandidateId: 'sam', otherName: 'Sam Okafor', otherSource: 'Wellfound', otherPageUrl: 'https://wellfound.com/u/sam', otherSeenAt: 1000, distance: 0 },
    ]);
  });

  it('without hashes (none computed yet, or not 64-bit) finds nothing', async () => {
    await store('sam', 'Sam Okafor', JORDAN);
    expect(await findSimilarPhotos(db, { ...jordan, hashes: [] })).toEqual([]);
    expect(await findSimilarPhotos(db, { ...jordan, hashes: ['abcdef01'] })).toEqual([]);
  });

  // The index must find exactly what a scan of every stored hash finds.
  it('agrees with a brute-force scan over 800 stored hashes, near ones included', async () => {
    const rand = prng(7);
    const hash = () => randomBits(rand, 64).toString(16).padStart(16, '0');
    const flip = (h: string, bits: number) => {
      let v = BigInt(`0x${h}`);
      for (const b of new Set(Array.from({ length: bits }, () => Math.floor(rand() * 64)))) v ^= 1n << BigInt(b);
      return v.toString(16).padStart(16, '0');
    };
    const queries = Array.from({ length: 5 }, hash);
    const stored = Array.from({ length: 800 }, (_, i) => (i % 8 === 0 ? flip(queries[(i / 8) % 5]!, (i / 8) % 14) : hash()));
    const seqs = await db.photoHashes.bulkAdd(stored.map((h, i) => row(`p${i}`, h)), { allKeys: true });
    await db.transaction('rw', db.photoBlocks, async () => {
      for (const [i, h] of stored.entries()) await refilePhotoBlocks(db, seqs[i]!, { to: h });
    });
    await db.candidates.bulkPut(stored.map((_, i) => candidate(`p${i}`, `Person Number${i}`)));
    for (const query of queries) {
      const expected = stored
        .map((h, i) => [`p${i}`, hammingDistance(query, h)!] as const)
        .filter(([, d]) => d <= PHOTO_MATCH_MAX_DISTANCE)
        .map(([id]) => id)
        .sort();
      const found = (await findSimilarPhotos(db, { candidateId: 'q', names: ['Query Person'], hashes: [query] })).map((m) => m.otherCandidateId).sort();
      expect(found).toEqual(expected);
      expect(found.length).toBeGreaterThan(0);
    }
  });
});
