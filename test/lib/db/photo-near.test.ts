import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { deleteCandidate } from '../../../lib/db/delete-candidate';
import { findSimilarPhotos } from '../../../lib/db/find-similar-photos';
import { MAX_NEAR_PHOTOS, nearInBlocks, nearList, relinkNearPhotos } from '../../../lib/db/photo-near';
import { recordObservation } from '../../../lib/db/record-observation';
import { recordPhotoHash } from '../../../lib/db/record-photo-hash';
import type { PhotoBlockRecord, PhotoHashRecord } from '../../../lib/db/records';
import { hammingDistance } from '../../../lib/similarity/hamming-distance';
import { PHOTO_MATCH_MAX_DISTANCE, photoHashHalves } from '../../../lib/similarity/photo-hash-blocks';
import { makeObservation } from '../candidate/make-observation';
import { prng, randomBits, randomInt } from '../lists/indexes/random';

let db: HireProofDb;
useFreshDatabase('photo-near', (opened) => (db = opened));

const A = 'f0e1d2c3b4a59687';
/** `hash` with its lowest `bits` bits flipped. */
const flipped = (hash: string, bits: number) => (BigInt(`0x${hash}`) ^ ((1n << BigInt(bits)) - 1n)).toString(16).padStart(16, '0');
const block = (...entries: Array<[string, number]>): PhotoBlockRecord => ({
  key: 'k',
  entries: new Uint32Array(entries.flatMap(([hash, seq]) => [...photoHashHalves(hash), seq])),
});

describe('nearInBlocks', () => {
  it.each<[string, PhotoBlockRecord[], number | undefined, Array<[number, number]>]>([
    ['no rows', [], undefined, []],
    ['the same hash', [block([A, 4])], undefined, [[4, 0]]],
    [`${PHOTO_MATCH_MAX_DISTANCE} bits off is near, one more is not`, [block([flipped(A, PHOTO_MATCH_MAX_DISTANCE), 1], [flipped(A, PHOTO_MATCH_MAX_DISTANCE + 1), 2])], undefined, [[1, PHOTO_MATCH_MAX_DISTANCE]]],
    ['the row itself is left out', [block([A, 4], [A, 5])], 4, [[5, 0]]],
    ['one photo in several rows counts once', [block([A, 4]), block([A, 4])], undefined, [[4, 0]]],
  ])('%s', (_label, rows, self, expected) => {
    expect([...nearInBlocks(rows, A, self)]).toEqual(expected);
  });
});

describe('nearList', () => {
  it('puts the nearest first, then the oldest row, and keeps at most MAX_NEAR_PHOTOS', () => {
    expect(nearList(new Map([[9, 3], [2, 0], [7, 3], [5, 1]]))).toEqual([2, 5, 7, 9]);
    const many = new Map(Array.from({ length: MAX_NEAR_PHOTOS + 5 }, (_, i) => [i, i % 7] as const));
    const list = nearList(many);
    expect(list).toHaveLength(MAX_NEAR_PHOTOS);
    expect(list.map((seq) => many.get(seq))).toEqual([...list.map((seq) => many.get(seq))].sort((a, b) => a! - b!));
  });
});

const row = (seq: number, near: number[] | undefined): PhotoHashRecord => ({
  seq, id: `s${seq}`, candidateId: `c${seq}`, url: `https://photos.example/${seq}.jpg`, hash: A, source: 'wellfound',
  pageUrl: `https://wellfound.com/u/${seq}`, seenAt: 1, checkedAt: 1, ...(near ? { near } : {}),
});

describe('relinkNearPhotos', () => {
  it.each<[string, Array<[number, number[] | undefined]>, { before: Array<[number, number]>; after: Array<[number, number]> }, Record<number, number[] | undefined>]>([
    ['adds the row to photos newly near it', [[1, []], [2, [3]]], { before: [], after: [[1, 0], [2, 4]] }, { 1: [9], 2: [3, 9] }],
    ['takes it out of photos no longer near', [[1, [9]], [2, [3, 9]]], { before: [[1, 0], [2, 4]], after: [[2, 4]] }, { 1: [], 2: [3, 9] }],
    ['leaves rows without a list alone (stored before lists existed)', [[1, undefined]], { before: [], after: [[1, 0]] }, { 1: undefined }],
    ['does not add to a full list', [[1, Array.from({ length: MAX_NEAR_PHOTOS }, (_, i) => 100 + i)]], { before: [], after: [[1, 0]] }, { 1: Array.from({ length: MAX_NEAR_PHOTOS }, (_, i) => 100 + i) }],
    ['a row gone meanwhile is skipped', [[1, []]], { before: [], after: [[1, 0], [2, 0]] }, { 1: [9], 2: undefined }],
  ])('%s', async (_label, rows, change, expected) => {
    await db.photoHashes.bulkPut(rows.map(([seq, near]) => row(seq, near)));
    await db.transaction('rw', db.photoHashes, () => relinkNearPhotos(db, 9, { before: new Map(change.before), after: new Map(change.after) }));
    for (const [seq, near] of Object.entries(expected)) expect((await db.photoHashes.get(Number(seq)))?.near).toEqual(near);
  });
});

// Every write of a hash must leave every row's list equal to what a scan of all stored hashes finds.
describe('near lists through the pipeline', () => {
  const page = (i: number, photo: number) =>
    makeObservation({ source: 'wellfound', names: [`Person Number${i}`], siteCandidateId: `p${i}`, pageUrl: `https://wellfound.com/u/p${i}`, photoUrl: `https://photos.example/${i}-${photo}.jpg` });

  async function expectListsMatchAScan(): Promise<void> {
    const rows = (await db.photoHashes.toArray()).filter((r) => r.hash !== undefined);
    for (const r of rows) {
      const expected = rows.filter((o) => o.seq !== r.seq && hammingDistance(o.hash!, r.hash!)! <= PHOTO_MATCH_MAX_DISTANCE).map((o) => o.seq!);
      expect({ seq: r.seq, near: [...(r.near ?? [])].sort((x, y) => x - y) }).toEqual({ seq: r.seq, near: expected.sort((x, y) => x - y) });
    }
  }

  it('stay symmetric through new photos, changed photos, failures, pages without a photo and deletions', async () => {
    const rand = prng(11);
    // Few base images, each person's photo a few bits off one: plenty of near pairs, some not near.
    const bases = Array.from({ length: 3 }, () => randomBits(rand, 64));
    const photoHash = () => {
      let v = bases[randomInt(rand, bases.length)]!;
      for (let b = randomInt(rand, 9); b > 0; b--) v ^= 1n << BigInt(randomInt(rand, 64));
      return v.toString(16).padStart(16, '0');
    };
    let now = 1000;
    const ops: string[] = [];
    for (let step = 0; step < 60; step++) {
      const i = randomInt(rand, 12);
      const kind = randomInt(rand, 10);
      now += 10;
      if (kind < 6) {
        const recorded = await recordObservation(db, { observation: page(i, step), now });
        const result = kind === 0 ? { ok: false as const, reason: 'HTTP 404' } : { ok: true as const, hash: photoHash() };
        await recordPhotoHash(db, { ...recorded.photoToHash!, result, now: now + 1 });
        ops.push(result.ok ? `photo ${i}` : `failed ${i}`);
      } else if (kind < 8) {
        await recordObservation(db, { observation: { ...page(i, step), photoUrl: undefined }, now });
        ops.push(`no photo ${i}`);
      } else {
        const candidate = await db.candidates.filter((c) => c.names.includes(`Person Number${i}`)).first();
        if (candidate) await deleteCandidate(db, { candidateId: candidate.id, actor: 'reviewer', basis: 'manual', now });
        ops.push(`deleted ${i}`);
      }
      await expectListsMatchAScan();
    }
    // The sequence must have exercised every path, and left near pairs to check.
    for (const op of ['photo', 'failed', 'no photo', 'deleted']) expect(ops.some((o) => o.startsWith(op))).toBe(true);
    expect((await db.photoHashes.toArray()).some((r) => (r.near?.length ?? 0) > 0)).toBe(true);
  });

  it('a lookup from stored lists needs no block rows; rows stored before lists existed still use them', async () => {
    const jordan = await recordObservation(db, { observation: page(1, 0), now: 1000 });
    await recordPhotoHash(db, { ...jordan.photoToHash!, result: { ok: true, hash: A }, now: 1001 });
    const sam = await recordObservation(db, { observation: page(2, 0), now: 2000 });
    await recordPhotoHash(db, { ...sam.photoToHash!, result: { ok: true, hash: flipped(A, 3) }, now: 2001 });
    const samRow = (await db.photoHashes.where('id').equals('wellfound|p2').first())!;
    const lookup = (knownNear?: Map<string, readonly number[]>) =>
      findSimilarPhotos(db, { candidateId: sam.candidateId, names: ['Person Number2'], hashes: [samRow.hash!], ownSeqs: [samRow.seq!], ...(knownNear ? { knownNear } : {}) });
    await db.photoBlocks.clear();
    expect((await lookup(new Map([[samRow.hash!, samRow.near!]]))).map((m) => [m.otherCandidateId, m.distance])).toEqual([[jordan.candidateId, 3]]);
    expect(await lookup()).toEqual([]);
  });

  it('a page read again stores the list its older photo row lacked, found in the block rows', async () => {
    const jordan = await recordObservation(db, { observation: page(1, 0), now: 1000 });
    await recordPhotoHash(db, { ...jordan.photoToHash!, result: { ok: true, hash: A }, now: 1001 });
    const sam = await recordObservation(db, { observation: page(2, 0), now: 2000 });
    await recordPhotoHash(db, { ...sam.photoToHash!, result: { ok: true, hash: A }, now: 2001 });
    const [jordanSeq, samSeq] = (await db.photoHashes.orderBy('seq').toArray()).map((r) => r.seq!);
    // As stored before lists existed.
    await db.photoHashes.toCollection().modify((r) => void delete r.near);
    const again = await recordObservation(db, { observation: page(2, 0), now: 3000 });
    expect(again.assessment.results.find((r) => r.signalId === 'reused-photo')?.status).toBe('hit');
    expect((await db.photoHashes.get(samSeq!))?.near).toEqual([jordanSeq]);
    expect((await db.photoHashes.get(jordanSeq!))?.near).toBeUndefined();
  });
});
