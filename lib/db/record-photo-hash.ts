import type { PhotoHashResult } from '../similarity/photo-hash-from-url';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import { refilePhotoBlocks } from './photo-blocks';
import { nearList, relinkNearPhotos } from './photo-near';
import type { PhotoHashRecord } from './records';
import { MAX_REASSESSED } from './record-observation';

/**
 * Stores the hash of a sighting's photo (or why it could not be read) and re-assesses its candidate,
 * then the candidates holding a near-duplicate, so both sides of a pair show it. Nothing is stored
 * when the sighting is gone or its page shows another photo by now: the hash would describe a photo
 * the candidate no longer has. Returns the candidates re-assessed.
 */
export async function recordPhotoHash(
  db: HireProofDb,
  input: { sightingId: string; url: string; result: PhotoHashResult; now: number },
): Promise<string[]> {
  const { sightingId, url, result, now } = input;
  const changed = await db.transaction('rw', assessmentTables(db), async () => {
    const [sighting, previous] = await Promise.all([db.observations.get(sightingId), db.photoHashes.where('id').equals(sightingId).first()]);
    if (!sighting || sighting.observation.photoUrl !== url) return [];
    const row: PhotoHashRecord = {
      ...(previous?.seq === undefined ? {} : { seq: previous.seq }),
      id: sightingId,
      candidateId: sighting.candidateId,
      url,
      ...(result.ok ? { hash: result.hash } : { failed: result.reason }),
      source: sighting.observation.source,
      pageUrl: sighting.observation.pageUrl,
      seenAt: sighting.firstSeenAt,
      checkedAt: now,
      // The same hash keeps its near-duplicates; a new one gets them below.
      ...(result.ok && previous?.hash === result.hash && previous.near ? { near: previous.near } : {}),
    };
    // The block rows follow the hash (none for a failure); they name the row by the seq it is stored under.
    const seq = await db.photoHashes.put(row);
    // Dexie types an auto-incremented key as optional; after a put it is always there.
    const near = seq === undefined ? undefined : await refilePhotoBlocks(db, seq, { from: previous?.hash, to: row.hash });
    if (seq !== undefined && near) {
      await Promise.all([
        relinkNearPhotos(db, seq, near),
        row.hash === undefined ? undefined : db.photoHashes.update(seq, { near: nearList(near.after) }),
      ]);
    }
    const { similar } = await assessStoredCandidate(db, sighting.candidateId, now);
    // The others' assessments change only when this photo is new to them.
    const isNew = result.ok && previous?.hash !== result.hash;
    const others = isNew
      ? [...new Set([...similar.photos].sort((a, b) => b.otherSeenAt - a.otherSeenAt).map((m) => m.otherCandidateId))].slice(0, MAX_REASSESSED)
      : [];
    for (const other of others) await assessStoredCandidate(db, other, now);
    return [sighting.candidateId, ...others];
  });
  notifyCandidatesChanged(changed);
  return changed;
}
