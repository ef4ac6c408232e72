import type { HireProofDb } from '../db/database';
import { recordPhotoHash } from '../db/record-photo-hash';
import { photoHashFromUrl, type PhotoHashResult } from '../similarity/photo-hash-from-url';

// Photos being downloaded now: a page re-rendering sends the same observation several times a
// second, and each would otherwise start its own download of the same photo.
const inFlight = new Set<string>();

/**
 * Downloads and hashes a sighting's profile photo (outside any transaction: a download can take
 * seconds) and stores the hash, re-assessing whoever it concerns. Never throws: a photo that cannot be
 * read leaves the reused-photo check skipped with the reason, and is tried again later.
 */
export async function hashCandidatePhoto(
  db: HireProofDb,
  job: { sightingId: string; url: string },
  options: { hashPhoto?: (url: string) => Promise<PhotoHashResult>; now?: () => number } = {},
): Promise<void> {
  const key = `${job.sightingId}\u0000${job.url}`;
  if (inFlight.has(key)) return;
  inFlight.add(key);
  try {
    const result = await (options.hashPhoto ?? photoHashFromUrl)(job.url);
    await recordPhotoHash(db, { ...job, result, now: (options.now ?? Date.now)() });
  } catch {
    // The database went away (extension update, profile closing): the next visit tries again.
  } finally {
    inFlight.delete(key);
  }
}
