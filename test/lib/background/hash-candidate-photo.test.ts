import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashCandidatePhoto } from '../../../lib/background/hash-candidate-photo';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import type { PhotoHashResult } from '../../../lib/similarity/photo-hash-from-url';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`hash-candidate-photo-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const observation = makeObservation({ names: ['Noor Haddad'], siteCandidateId: '55', photoUrl: 'https://photos.example/noor.jpg' });
const job = { sightingId: 'greenhouse|55', url: 'https://photos.example/noor.jpg' };

describe('hashCandidatePhoto', () => {
  it.each<[string, () => Promise<PhotoHashResult>, { hash?: string; failed?: string } | undefined]>([
    ['stores the hash', async () => ({ ok: true, hash: '0123456789abcdef' }), { hash: '0123456789abcdef' }],
    ['stores why the photo could not be read', async () => ({ ok: false, reason: 'the photo could not be decoded' }), { failed: 'the photo could not be decoded' }],
    ['swallows an unexpected error, storing nothing', async () => Promise.reject(new Error('boom')), undefined],
  ])('%s', async (_label, hashPhoto, stored) => {
    await recordObservation(db, { observation, now: 1 });
    await expect(hashCandidatePhoto(db, job, { hashPhoto, now: () => 5 })).resolves.toBeUndefined();
    const row = await db.photoHashes.where('id').equals(job.sightingId).first();
    expect(row && { ...(row.hash ? { hash: row.hash } : {}), ...(row.failed ? { failed: row.failed } : {}) }).toEqual(stored);
  });

  it('downloads a photo once while a download of it is under way', async () => {
    await recordObservation(db, { observation, now: 1 });
    let calls = 0;
    let release: (r: PhotoHashResult) => void = () => undefined;
    const hashPhoto = () => {
      calls++;
      return new Promise<PhotoHashResult>((resolve) => (release = resolve));
    };
    const first = hashCandidatePhoto(db, job, { hashPhoto });
    await hashCandidatePhoto(db, job, { hashPhoto }); // returns at once: already under way
    release({ ok: true, hash: '0123456789abcdef' });
    await first;
    expect(calls).toBe(1);
    await hashCandidatePhoto(db, job, { hashPhoto: async () => (calls++, { ok: true, hash: '0123456789abcdef' }) });
    expect(calls).toBe(2);
  });
});
