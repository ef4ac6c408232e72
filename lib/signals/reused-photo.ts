import { hammingDistance } from '../similarity/hamming-distance';
import { PHOTO_MATCH_MAX_DISTANCE } from '../similarity/photo-hash-blocks';
import { defineSignal, type Evidence, type ListMatch, type PhotoMatch } from './define-signal';
import { REUSE_REFERENCES } from './reuse-evidence';

// One stock photo behind many applicants is one finding: list the closest few, count the rest.
const MAX_LISTED = 10;

/** The profile photo is (nearly) the same image as another applicant's under a different name, or as a listed photo. */
export default defineSignal({
  id: 'reused-photo',
  meta: {
    title: 'Profile photo shared with another applicant or listed',
    description:
      "Compares a perceptual hash of the profile photo (computed on this machine from the photo's address; the image itself is never kept) with the photos of every applicant seen before and with photo hashes on the security team's lists. " +
      `The same picture, even resized, recompressed or slightly cropped (at most ${PHOTO_MATCH_MAX_DISTANCE} of 64 bits differ), under a name that does not agree is reported: schemes reuse stock, stolen or generated portraits across identities. ` +
      'Weight 0.5; a different photo of the same face does not match.',
    severity: 'high',
    status: 'experimental',
    requires: ['photoUrl'],
    weight: 0.5,
    falsePositives: [
      'A stock photo, illustration or logo that unrelated people chose as their profile picture',
      "A site's default placeholder avatar read as if it were a photo",
      "Company headshots taken against the same backdrop with the same framing (rarely this close)",
      'The same person applying under a changed name (marriage, transition) or a name written in another script',
    ],
    references: [...REUSE_REFERENCES, 'https://phash.org/docs/pubs/thesis_zauner.pdf'],
    messages: {
      shared: "Same photo as {otherName}'s on {otherSource} ({distance} of 64 bits differ), first seen {otherSeenAt} at {otherPageUrl}",
      listed: 'Same photo as "{value}" on the list "{listTitle}"{note} ({distance} of 64 bits differ)',
      more: '{count} more matching photos',
    },
  },
  evaluate(candidate, ctx) {
    if (candidate.photoUrl === undefined) return { status: 'skip', reason: 'No profile photo on the pages seen' };
    const photo = ctx.photoReuse;
    if (!photo || photo.hashed === 0) {
      return { status: 'skip', reason: photo?.failed ? `The profile photo could not be read: ${photo.failed}` : 'The profile photo has not been checked yet' };
    }
    const listed = ctx.lists?.matches.filter((m) => m.kind === 'photo-hash') ?? [];
    if (photo.matches.length === 0 && listed.length === 0) return { status: 'miss' };
    return { status: 'hit', evidence: photoEvidence(listed, photo.matches) };
  },
});

/** List entries first (a security team's finding), then other applicants; nearest first within each. */
function photoEvidence(listed: readonly ListMatch[], matches: readonly PhotoMatch[]): Evidence[] {
  const fromLists: Evidence[] = listed
    .map((m) => ({ m, distance: hammingDistance(m.value, m.query) ?? 0 }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ m, distance }) => ({
      messageId: 'listed',
      // listId lets the options page count hits per list.
      data: { value: m.value, listId: m.listId, listTitle: m.listTitle, note: m.note ? ` (${m.note})` : '', distance },
    }));
  const fromApplicants: Evidence[] = [...matches]
    .sort((a, b) => a.distance - b.distance || a.otherSeenAt - b.otherSeenAt)
    .map((m) => ({
      messageId: 'shared',
      data: {
        distance: m.distance,
        otherName: m.otherName,
        otherSource: m.otherSource,
        otherPageUrl: m.otherPageUrl,
        otherSeenAt: new Date(m.otherSeenAt).toISOString().slice(0, 10),
      },
    }));
  const all = [...fromLists, ...fromApplicants];
  const evidence = all.slice(0, MAX_LISTED);
  if (all.length > MAX_LISTED) evidence.push({ messageId: 'more', data: { count: all.length - MAX_LISTED } });
  return evidence;
}
