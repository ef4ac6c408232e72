import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hammingDistance } from '../../lib/similarity/hamming-distance';
import { PHOTO_MATCH_MAX_DISTANCE } from '../../lib/similarity/photo-hash-blocks';
import type { PhotoEdit, PhotoHashPageApi } from './photo-hash-page-entry';
import { openSimilarityPage, PHOTO_ORIGIN, type SimilarityPage } from './similarity-page';

/**
 * Profile-photo hashes in headless Chromium, from real portraits in ../shared/testdata through the
 * production path (fetch, createImageBitmap, OffscreenCanvas, lib/similarity). Edited copies are made
 * in the page with the browser's own scaler and encoders, as someone reusing a photo would make them.
 */

const PORTRAITS = [
  'face_images/astronaut.png',
  'face_images/facerec_obama_official_portrait.jpg',
  'face_images/facerec_obama2_joint_session.jpg',
  'face_videos/stills/liveportrait_driving_d9.jpg',
  'face_videos/stills/liveportrait_driving_d12.jpg',
];
const url = (file: string) => `${PHOTO_ORIGIN}/testdata/${file}`;

let page: SimilarityPage<PhotoHashPageApi>;
const originals = new Map<string, string>();
beforeAll(async () => {
  page = await openSimilarityPage<PhotoHashPageApi>('test/vision/photo-hash-page-entry.ts', 'photoHashPage');
  for (const file of PORTRAITS) {
    const result = await page.call('hashUrl', url(file));
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    originals.set(file, result.hash);
  }
}, 120_000);
afterAll(async () => {
  expect(page.foreign).toEqual([]);
  await page.close();
});

const distanceAfter = async (file: string, edit: PhotoEdit) => hammingDistance(originals.get(file)!, await page.call('hashEdited', url(file), edit))!;

describe('photo hashes of real portraits', () => {
  it('hashes each portrait to 16 hex digits, the same through the URL and through a decoded copy', async () => {
    for (const file of PORTRAITS) {
      expect(originals.get(file)).toMatch(/^[0-9a-f]{16}$/);
      expect(await page.call('hashEdited', url(file), { kind: 'none' })).toBe(originals.get(file));
    }
    expect(new Set(originals.values()).size).toBe(PORTRAITS.length);
  });

  // Measured here (Chromium 156): resized and recompressed 0-2 bits; 5 % cropped 4-8.
  const sameEdits: Array<[string, PhotoEdit]> = [
    ['resized to 50 %', { kind: 'resize', scale: 0.5 }],
    ['resized to 25 %', { kind: 'resize', scale: 0.25 }],
    ['5 % cropped off', { kind: 'crop', share: 0.05 }],
    ['recompressed as JPEG at quality 60', { kind: 'jpeg', quality: 0.6 }],
    ['recompressed as JPEG at quality 30', { kind: 'jpeg', quality: 0.3 }],
  ];
  describe.each(sameEdits)('%s: still the same photo', (_label, edit) => {
    it.each(PORTRAITS)('%s', async (file) => {
      expect(await distanceAfter(file, edit)).toBeLessThanOrEqual(PHOTO_MATCH_MAX_DISTANCE);
    });
  });

  it.each(PORTRAITS)('mirrored, %s is another picture to the hash (a known limit)', async (file) => {
    expect(await distanceAfter(file, { kind: 'mirror' })).toBeGreaterThan(PHOTO_MATCH_MAX_DISTANCE);
  });

  it('different portraits are never the same photo', () => {
    const distances: number[] = [];
    for (const [i, a] of PORTRAITS.entries()) for (const b of PORTRAITS.slice(i + 1)) distances.push(hammingDistance(originals.get(a)!, originals.get(b)!)!);
    expect(Math.min(...distances)).toBeGreaterThan(2 * PHOTO_MATCH_MAX_DISTANCE);
  });

  it('two different photos of one person (official portrait, joint session) are not the same photo', () => {
    const distance = hammingDistance(originals.get(PORTRAITS[1]!)!, originals.get(PORTRAITS[2]!)!)!;
    console.log(`obama official portrait vs joint session: ${distance} of 64 bits differ`);
    expect(distance).toBeGreaterThan(PHOTO_MATCH_MAX_DISTANCE);
  });
});

describe('photos that cannot be hashed', () => {
  it.each<[string, string, string]>([
    ['a missing file', url('face_images/missing.jpg'), 'the photo server answered HTTP 404'],
    ['a file that is not an image', url('SOURCES.md'), 'the photo could not be decoded'],
    ['a plain http address', 'http://photos.hireproof.test/testdata/face_images/astronaut.png', 'the photo address is not https'],
    ['not a URL', 'astronaut.png', 'the photo address is not a URL'],
    ['a host that does not answer', 'https://unreachable.hireproof.test/p.jpg', 'the photo could not be downloaded'],
  ])('%s', async (_label, address, reason) => {
    expect(await page.call('hashUrl', address)).toEqual({ ok: false, reason });
  });

  it.each(['#ffffff', '#808080', '#1f2a44'])('a one-colour image (%s) has no hash', async (colour) => {
    expect(await page.call('hashSolid', colour)).toBe('FlatImageError');
  });
});
