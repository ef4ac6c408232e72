import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { recordObservation } from '../../../lib/db/record-observation';
import { recordPhotoHash } from '../../../lib/db/record-photo-hash';
import type { PhotoHashResult } from '../../../lib/similarity/photo-hash-from-url';
import { photoBlockKeys } from '../../../lib/similarity/photo-hash-blocks';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
useFreshDatabase('record-photo-hash', (opened) => (db = opened));

const person = (name: string, id: string, photoUrl: string) =>
  makeObservation({ source: 'wellfound', names: [name], siteCandidateId: id, pageUrl: `https://wellfound.com/u/${id}`, photoUrl });
const JORDAN = person('Jordan Ellis', 'jordan', 'https://photos.example/jordan.jpg');
const SAM = person('Sam Okafor', 'sam', 'https://photos.example/sam.jpg');
const ok = (hash: string): PhotoHashResult => ({ ok: true, hash });

/** Records the page, then the hash of its photo, as the background does. */
async function seen(observation: typeof JORDAN, result: PhotoHashResult, now: number) {
  const recorded = await recordObservation(db, { observation, now });
  const changed = await recordPhotoHash(db, { ...recorded.photoToHash!, result, now: now + 1 });
  return { candidateId: recorded.candidateId, changed };
}
const storedBlockKeys = () => db.photoBlocks.toCollection().primaryKeys();
const photoResult = async (candidateId: string) => (await db.assessments.get(candidateId))?.results.find((r) => r.signalId === 'reused-photo');

describe('recordPhotoHash', () => {
  it.each<[string, PhotoHashResult, PhotoHashResult, string]>([
    ['the same photo under two names: both show it', ok('f0e1d2c3b4a59687'), ok('f0e1d2c3b4a59687'), 'hit'],
    ['a recompressed copy (3 bits off): both show it', ok('f0e1d2c3b4a59687'), ok('f0e1d2c3b4a59680'), 'hit'],
    ['different photos', ok('f0e1d2c3b4a59687'), ok('0f1e2d3c4b5a6978'), 'miss'],
    ["the second photo could not be read: the first is unaffected", ok('f0e1d2c3b4a59687'), { ok: false, reason: 'HTTP 404' }, 'miss'],
  ])('%s', async (_label, first, second, expected) => {
    const jordan = await seen(JORDAN, first, 1000);
    const sam = await seen(SAM, second, 2000);
    expect((await photoResult(jordan.candidateId))?.status).toBe(expected);
    if (second.ok) expect((await photoResult(sam.candidateId))?.status).toBe(expected);
    expect(sam.changed).toEqual(expected === 'hit' ? [sam.candidateId, jordan.candidateId] : [sam.candidateId]);
  });

  it('stores the hash with its block keys, never the image, or the failure with its reason', async () => {
    await seen(JORDAN, ok('0123456789abcdef'), 1000);
    await seen(SAM, { ok: false, reason: 'the photo server answered HTTP 403' }, 2000);
    const rows = await db.photoHashes.orderBy('id').toArray();
    expect(rows.map(({ id, hash, failed, url, checkedAt }) => ({ id, hash, failed, url, checkedAt }))).toEqual([
      { id: 'wellfound|jordan', hash: '0123456789abcdef', failed: undefined, url: JORDAN.photoUrl, checkedAt: 1001 },
      { id: 'wellfound|sam', hash: undefined, failed: 'the photo server answered HTTP 403', url: SAM.photoUrl, checkedAt: 2001 },
    ]);
    const jordanSeq = (await db.photoHashes.where('id').equals('wellfound|jordan').first())?.seq;
    expect((await db.photoBlocks.toArray()).map((r) => [r.key, [...r.entries]])).toEqual(
      ['0:00', '1:12', '2:0d', '3:05', '4:19', '5:38', '6:26', '7:2b', '8:33', '9:0f', '10:0f'].sort().map((key) => [key, [0x01234567, 0x89abcdef, jordanSeq]]),
    );
    expect((await photoResult((await db.photoHashes.where('id').equals('wellfound|sam').first())!.candidateId))?.skipReason).toBe('The profile photo could not be read: the photo server answered HTTP 403');
  });

  it.each<[string, () => Promise<void>]>([
    ['the page shows another photo by now', async () => void (await recordObservation(db, { observation: { ...JORDAN, photoUrl: 'https://photos.example/other.jpg' }, now: 1500 }))],
    ['the page shows no photo by now', async () => void (await recordObservation(db, { observation: { ...JORDAN, photoUrl: undefined }, now: 1500 }))],
  ])('stores nothing when %s', async (_label, meanwhile) => {
    const recorded = await recordObservation(db, { observation: JORDAN, now: 1000 });
    await meanwhile();
    expect(await recordPhotoHash(db, { ...recorded.photoToHash!, result: ok('0123456789abcdef'), now: 2000 })).toEqual([]);
    expect(await db.photoHashes.count()).toBe(0);
  });

  it('stores nothing for a sighting that is gone', async () => {
    expect(await recordPhotoHash(db, { sightingId: 'wellfound|nobody', url: 'https://photos.example/x.jpg', result: ok('0123456789abcdef'), now: 1 })).toEqual([]);
    expect(await db.photoHashes.count()).toBe(0);
  });

  it('a new hash for the sighting replaces its block rows', async () => {
    await seen(JORDAN, ok('0123456789abcdef'), 1000);
    await recordPhotoHash(db, { sightingId: 'wellfound|jordan', url: JORDAN.photoUrl!, result: ok('fedcba9876543210'), now: 2000 });
    expect(await db.photoBlocks.count()).toBe(11);
    expect((await storedBlockKeys()).sort()).toEqual(photoBlockKeys('fedcba9876543210').sort());
    await recordPhotoHash(db, { sightingId: 'wellfound|jordan', url: JORDAN.photoUrl!, result: { ok: false, reason: 'HTTP 500' }, now: 3000 });
    expect(await db.photoBlocks.count()).toBe(0);
  });

  it('a photo hashed again to the same value does not re-assess the others', async () => {
    await seen(JORDAN, ok('f0e1d2c3b4a59687'), 1000);
    const sam = await seen(SAM, ok('f0e1d2c3b4a59687'), 2000);
    const again = await recordPhotoHash(db, { sightingId: 'wellfound|sam', url: SAM.photoUrl!, result: ok('f0e1d2c3b4a59687'), now: 3000 });
    expect(again).toEqual([sam.candidateId]);
  });
});
