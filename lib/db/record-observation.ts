import { buildCandidateView } from '../candidate/build-candidate-view';
import { isDisposableEmailDomain } from '../candidate/disposable-domains';
import { identityKeys, identityKeyString } from '../candidate/identity-keys';
import { namesAgree } from '../candidate/normalise-name';
import type { AdapterHealth, CandidateObservation } from '../candidate/observation';
import type { Assessment } from '../risk/assessment';
import { assessCandidate } from '../risk/score';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';
import { historyChanged, historyEntryFor, latestHistoryEntry } from './assessment-history';
import { reuseFromRows } from './find-reuse';
import { networkAndPolicy } from './network-and-policy';
import { summaryFingerprint } from '../similarity/summary-fingerprint';
import { unfilePhoto } from './photo-blocks';
import type { AddedEvidenceRecord, AuditRecord, CandidateRecord, IdentityKeyRecord, LivenessRecord, ObservationRecord, PhotoHashRecord, SummaryFingerprintRecord } from './records';
import type { AssessmentHistoryRecord } from './review-records';
import { siteKey } from './sighting-keys';
import { readSummaryBands, type BandChange } from './summary-bands';
import { fileSummaries, sameSignature, staleAfterChange } from './summary-near';
import { similarityContext } from './similarity-context';

export interface RecordedObservation {
  candidateId: string;
  created: boolean;
  assessment: Assessment;
  /** `performance.now()` when this candidate's assessment was committed (others may follow). */
  storedAt: number;
  /**
   * The page's photo, when it has not been hashed yet (or its last attempt failed long enough ago):
   * the caller downloads and hashes it outside the transaction, then calls recordPhotoHash.
   */
  photoToHash?: { sightingId: string; url: string };
}

/** One sighting = one site's page for the person; re-reading it replaces the stored observation. */
function sightingId(observation: CandidateObservation): string {
  return `${observation.source}|${observation.siteCandidateId?.toLowerCase() ?? observation.pageUrl}`;
}

/** A photo that could not be read is tried again on a visit this long after (servers have bad days). */
export const PHOTO_RETRY_MS = 24 * 60 * 60 * 1000;

/** Most other candidates re-assessed because of one observation. */
export const MAX_REASSESSED = 20;

const unique = <T>(xs: Iterable<T | undefined>): T[] => [...new Set([...xs].filter((x): x is T => x !== undefined))];

/**
 * Stores an observation and returns the fresh assessment. Merges it into an existing candidate when
 * the same site profile was seen before, or a strong identity key (e-mail, phone, profile link)
 * matches and the names agree. A strong key held under a name that does not agree is kept as a
 * separate candidate: that is the reuse the signals report. Candidates sharing a key with this one
 * are re-assessed too (in a second transaction, before this returns), so the first of a pair also
 * shows the reuse.
 *
 * The page's summary text is fingerprinted and its near-duplicates looked up in the same
 * transaction, as are near-duplicates of the candidate's photos hashed earlier; a photo not hashed
 * yet is returned as `photoToHash` (downloading it here would hold the transaction open). A new
 * summary is filed under its bands, with its near list, in the follow-up transaction; the same
 * text read again takes its near-duplicates from that list (lib/db/summary-near.ts).
 *
 * This runs for every page a recruiter opens, so reads are issued in a few batches and every write
 * in one: each sequential round trip to IndexedDB costs milliseconds in a busy browser.
 */
export async function recordObservation(
  db: HireProofDb,
  input: { observation: CandidateObservation; health?: AdapterHealth; now: number },
): Promise<RecordedObservation> {
  const { observation, health, now } = input;
  const ownKeys = identityKeys(buildCandidateView('pending', [observation])).map(identityKeyString);
  const site = siteKey(observation);
  const sighting = sightingId(observation);
  const fingerprinted = observation.summary === undefined ? undefined : summaryFingerprint(observation.summary, observation.names);
  const fingerprint = fingerprinted?.ok ? fingerprinted.fingerprint : undefined;
  const photoUrl = observation.photoUrl;

  const recorded = await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    const lookup = unique([site, ...ownKeys]);
    const [rowList, previous, previousText, previousPhoto] = await Promise.all([
      db.identityKeys.bulkGet(lookup),
      db.observations.get(sighting),
      db.summaryFingerprints.get(sighting),
      db.photoHashes.where('id').equals(sighting).first(),
    ]);
    const rows = new Map(lookup.map((key, i) => [key, rowList[i]]));
    // The same text filed before lists its near-duplicates on its row (lib/db/summary-near.ts);
    // any other summary needs its band rows, for the lookup and for its filing.
    const sameText = fingerprint !== undefined && previousText !== undefined && sameSignature(previousText.signature, fingerprint.signature);
    const listed = sameText && previousText.near !== undefined;
    // A page read before names its candidate, whose own rows are then read beside the key holders.
    const known = previous?.candidateId;
    const [candidates, ownerRow, prefetched, knownBands] = await Promise.all([
      loadCandidates(db, rowList),
      known ? db.candidates.get(known) : undefined,
      known ? readCandidateRows(db, known, sighting) : undefined,
      readSummaryBands(db, listed ? [] : (fingerprint?.bands ?? [])),
    ]);

    // A page read before stays with the candidate it was filed under (a reviewer may have split it
    // off); else the same site profile, else the holder of most shared keys whose name agrees.
    // Its candidate need not hold any of the page's keys (a page showing none).
    const fromSite = site ? rows.get(site)?.candidateIds[0] : undefined;
    const existing = ownerRow ?? (fromSite ? candidates.get(fromSite) : agreeingHolder(ownKeys.map((k) => rows.get(k)), candidates, observation.names));
    const created = !existing;
    const id = existing?.id ?? crypto.randomUUID();
    const stored: ObservationRecord = { id: sighting, candidateId: id, observation, health, firstSeenAt: previous?.firstSeenAt ?? now, observedAt: now };
    const { earlier, storedTexts, storedPhotos, added, liveness, lastHistory } =
      existing?.id === known && prefetched ? prefetched : existing ? await readCandidateRows(db, existing.id, sighting) : noRows();
    const records = [stored, ...earlier.sort((a, b) => b.observedAt - a.observedAt)];
    // Everything the candidate's record holds, not only pages: re-reading a page must not drop the
    // evidence a recruiter added or an interview's liveness summary from the assessment.
    const view = buildCandidateView(
      id,
      records.map((r) => r.observation),
      added.map((a) => a.evidence),
      liveness.map((l) => l.summary),
    );
    const keys = identityKeys(view);
    const keyStrings = unique([...keys.map(identityKeyString), site]);

    // This page's summary and photo rows as they should now be; a photo row only while its URL is the page's.
    // The same text keeps its lists; a new one starts without, naming the rows that may still list the old.
    const textRow: SummaryFingerprintRecord | undefined = fingerprint && {
      id: sighting, candidateId: id, ...fingerprint, source: observation.source, pageUrl: observation.pageUrl, seenAt: stored.firstSeenAt,
      ...(sameText ? { ...(previousText.near ? { near: previousText.near } : {}), ...(previousText.stale ? { stale: previousText.stale } : {}) } : staleAfterChange(previousText)),
    };
    const photoRow: PhotoHashRecord | undefined = previousPhoto && photoUrl !== undefined && previousPhoto.url === photoUrl
      ? { ...previousPhoto, candidateId: id, pageUrl: observation.pageUrl }
      : undefined;
    const similarInput = {
      candidateId: id,
      names: view.names,
      summaries: textRow ? [...storedTexts, textRow] : storedTexts,
      photos: photoRow ? [...storedPhotos, photoRow] : storedPhotos,
      knownBands,
    };

    // A merged candidate can hold keys this page did not show: read those rows and their holders too.
    const missing = keyStrings.filter((k) => !rows.has(k));
    if (missing.length > 0) {
      const more = await db.identityKeys.bulkGet(missing);
      missing.forEach((key, i) => rows.set(key, more[i]));
      for (const [cid, c] of await loadCandidates(db, more, candidates)) candidates.set(cid, c);
    }
    // After the key reads, not beside them: a native async function left pending across other awaits
    // loses Dexie's transaction zone (PrematureCommitError).
    const similar = await similarityContext(db, similarInput);

    const candidate: CandidateRecord = {
      id,
      displayName: view.displayName,
      names: view.names,
      identityKeys: unique([...(existing?.identityKeys ?? []), ...keyStrings]).sort(),
      falsePositiveSignalIds: existing?.falsePositiveSignalIds ?? [],
      flaggedForReview: existing?.flaggedForReview ?? 0,
      flagReason: existing?.flagReason,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const reuse = reuseFromRows({ candidateId: id, names: view.names, keys, rows: keys.map((k) => rows.get(identityKeyString(k))), others: candidates });
    // The same network facts, time zones, lists and policy as a re-check (network-and-policy.ts).
    const applies = networkAndPolicy(view, now, similar.photoHashes);
    const assessment = assessCandidate({
      view,
      ctx: { now, reuse, isDisposableEmailDomain, summaryReuse: similar.summaryReuse, photoReuse: similar.photoReuse, ...applies.ctx },
      falsePositiveSignalIds: new Set(candidate.falsePositiveSignalIds),
      health,
      policy: applies.policy,
    });
    const holder = { candidateId: id, source: observation.source, pageUrl: observation.pageUrl, seenAt: now };
    const changedRows = keyStrings.flatMap((key): IdentityKeyRecord[] => {
      const row = rows.get(key) ?? { key, candidateIds: [], holders: [] };
      return row.candidateIds.includes(id) ? [] : [{ key, candidateIds: [...row.candidateIds, id], holders: [...row.holders, holder] }];
    });
    const action: AuditRecord['action'] | undefined = created ? 'candidate-created' : previous ? undefined : 'observation-merged';
    // Rewritten only when it changed: a page re-rendering sends the same summary again and again.
    const textChanged = textRow !== undefined && !(previousText && sameFingerprint(previousText, textRow));
    const photoGone = previousPhoto !== undefined && photoRow === undefined;
    const photoMoved = photoRow !== undefined && previousPhoto?.candidateId !== id;
    // The case page's score history, written with the rest (its latest row was read above).
    const history = historyEntryFor(assessment);

    await Promise.all([
      db.observations.put(stored),
      db.candidates.put(candidate),
      db.assessments.put(assessment),
      changedRows.length > 0 ? db.identityKeys.bulkPut(changedRows) : undefined,
      action ? db.auditLog.add({ at: now, action, candidateId: id, actor: 'extension', detail: { source: observation.source } }) : undefined,
      textChanged ? db.summaryFingerprints.put(textRow) : previousText && !textRow ? db.summaryFingerprints.delete(sighting) : undefined,
      photoGone && previousPhoto.seq !== undefined ? db.photoHashes.delete(previousPhoto.seq) : photoMoved ? db.photoHashes.put(photoRow) : undefined,
      photoGone && previousPhoto.seq !== undefined && previousPhoto.hash !== undefined ? unfilePhoto(db, previousPhoto.seq, previousPhoto.hash) : undefined,
      // Lists found in the block rows for photo rows stored before lists existed: the next read needs none.
      ...similar.nearFound.map(({ seq, near }) => db.photoHashes.update(seq, { near })),
      historyChanged(lastHistory, history) ? db.assessmentHistory.add(history) : undefined,
    ]);
    // Other holders' assessments change only when this candidate newly holds a key they hold. Most
    // recent first and capped: a key behind hundreds of applicants must not make every page slow;
    // the rest catch up when they are next opened.
    // Likewise the holders of a summary this page newly shows.
    const newlyShared = new Set(changedRows.map((row) => row.key));
    const others = unique(
      [
        ...reuse.filter((m) => newlyShared.has(identityKeyString({ kind: m.keyKind, value: m.keyValue }))),
        ...(textChanged ? similar.summaryReuse.matches : []),
      ]
        .sort((a, b) => b.otherSeenAt - a.otherSeenAt)
        .map((m) => m.otherCandidateId),
    ).slice(0, MAX_REASSESSED);
    const retry = photoRow?.hash === undefined && photoRow !== undefined && now - photoRow.checkedAt >= PHOTO_RETRY_MS;
    const photoToHash = photoUrl !== undefined && (photoRow === undefined || retry) ? { sightingId: sighting, url: photoUrl } : undefined;
    // Filing the summary under its bands, with its near list, is for later lookups by others and by
    // this page's next read, not this assessment: it goes in the follow-up transaction, before the
    // others are re-checked (they need it to find this page). A row without a list is not filed
    // (its filing was lost with a stopped worker, or it predates lists): its next read files it.
    const gone = previousText !== undefined && textRow === undefined;
    // Out of the old bands, then into every current one (an id already in a row stays once).
    const bands: BandChange[] =
      (textRow !== undefined && textRow.near === undefined) || gone
        ? [
            ...(previousText ? [{ id: sighting, from: previousText.bands, listedBy: [...(previousText.near ?? []), ...(previousText.stale ?? [])] }] : []),
            ...(textRow ? [{ id: sighting, to: textRow.bands }] : []),
          ]
        : [];
    return { candidateId: id, created, assessment, others, photoToHash, bands };
  });
  const storedAt = performance.now();
  notifyCandidatesChanged([recorded.candidateId]);
  // The others' rows were read a moment ago; a second transaction keeps this candidate's own
  // assessment from waiting for theirs. Were one of them changed in between, its re-assessment
  // simply reads the newer data.
  if (recorded.others.length > 0 || recorded.bands.length > 0) {
    await db.transaction('rw', assessmentTables(db), async () => {
      if (recorded.bands.length > 0) await fileSummaries(db, recorded.bands);
      // One deleted since the page's transaction is skipped, not allowed to undo the filing.
      for (const other of recorded.others) if (await db.candidates.get(other)) await assessStoredCandidate(db, other, now);
    });
    if (recorded.others.length > 0) notifyCandidatesChanged(recorded.others);
  }
  return {
    candidateId: recorded.candidateId,
    created: recorded.created,
    assessment: recorded.assessment,
    storedAt,
    ...(recorded.photoToHash ? { photoToHash: recorded.photoToHash } : {}),
  };
}

/** Same candidate, page and signature (the bands follow from it). */
function sameFingerprint(a: SummaryFingerprintRecord, b: SummaryFingerprintRecord): boolean {
  return a.candidateId === b.candidateId && a.pageUrl === b.pageUrl && sameSignature(a.signature, b.signature);
}

/** What a stored candidate holds besides the page being read (`sighting`). */
interface CandidateRows {
  earlier: ObservationRecord[];
  storedTexts: SummaryFingerprintRecord[];
  storedPhotos: PhotoHashRecord[];
  added: AddedEvidenceRecord[];
  liveness: LivenessRecord[];
  lastHistory: AssessmentHistoryRecord | undefined;
}

const noRows = (): CandidateRows => ({ earlier: [], storedTexts: [], storedPhotos: [], added: [], liveness: [], lastHistory: undefined });

/** One read each, issued together; the page's own rows are dropped afterwards (a filter in the query would walk a cursor). */
async function readCandidateRows(db: HireProofDb, id: string, sighting: string): Promise<CandidateRows> {
  const notPage = <T extends { id: string }>(rows: T[]) => rows.filter((r) => r.id !== sighting);
  const [earlier, storedTexts, storedPhotos, added, liveness, lastHistory] = await Promise.all([
    db.observations.where('candidateId').equals(id).toArray(),
    db.summaryFingerprints.where('candidateId').equals(id).toArray(),
    db.photoHashes.where('candidateId').equals(id).toArray(),
    db.addedEvidence.where('candidateId').equals(id).toArray(),
    db.livenessSummaries.where('candidateId').equals(id).toArray(),
    latestHistoryEntry(db, id),
  ]);
  return { earlier: notPage(earlier), storedTexts: notPage(storedTexts), storedPhotos: notPage(storedPhotos), added, liveness, lastHistory };
}

async function loadCandidates(
  db: HireProofDb,
  rows: ReadonlyArray<IdentityKeyRecord | undefined>,
  known: ReadonlyMap<string, CandidateRecord> = new Map(),
): Promise<Map<string, CandidateRecord>> {
  const ids = unique(rows.flatMap((row) => row?.candidateIds ?? [])).filter((id) => !known.has(id));
  const found = ids.length > 0 ? await db.candidates.bulkGet(ids) : [];
  return new Map(found.flatMap((c) => (c ? [[c.id, c] as const] : [])));
}

/** The candidate sharing the most keys with the observation whose names agree with it. */
function agreeingHolder(
  rows: ReadonlyArray<IdentityKeyRecord | undefined>,
  candidates: ReadonlyMap<string, CandidateRecord>,
  names: readonly string[],
): CandidateRecord | undefined {
  const shared = new Map<string, number>();
  for (const row of rows) for (const cid of row?.candidateIds ?? []) shared.set(cid, (shared.get(cid) ?? 0) + 1);
  const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1]);
  for (const [cid] of ranked) {
    const c = candidates.get(cid);
    if (c && namesAgree(c.names, names)) return c;
  }
  return undefined;
}
