import { buildCandidateView } from '../candidate/build-candidate-view';
import { identityKeys, identityKeyString } from '../candidate/identity-keys';
import { namesAgree } from '../candidate/normalise-name';
import type { AdapterHealth, CandidateObservation } from '../candidate/observation';
import type { Assessment } from '../risk/assessment';
import { assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import type { HireProofDb } from './database';
import type { CandidateRecord, IdentityKeyRecord } from './records';

export interface RecordedObservation {
  candidateId: string;
  created: boolean;
  assessment: Assessment;
}

/** The site's own id for the person is the strongest key: the same profile is the same candidate. */
function siteKey(observation: CandidateObservation): string | undefined {
  const id = observation.siteCandidateId?.trim().toLowerCase();
  return id ? `site:${observation.source}:${id}` : undefined;
}

/** One sighting = one site's page for the person; re-reading it replaces the stored observation. */
function sightingId(observation: CandidateObservation): string {
  return `${observation.source}|${observation.siteCandidateId?.toLowerCase() ?? observation.pageUrl}`;
}

/**
 * Stores an observation and returns the fresh assessment. Merges it into an existing candidate when
 * the same site profile was seen before, or a strong identity key (e-mail, phone, profile link)
 * matches and the names agree. A strong key held under a name that does not agree is kept as a
 * separate candidate: that is the reuse the signals report. Candidates sharing a key with this one
 * are re-assessed too, so the first of a pair also shows the reuse.
 */
export async function recordObservation(
  db: HireProofDb,
  input: { observation: CandidateObservation; health?: AdapterHealth; now: number },
): Promise<RecordedObservation> {
  const { observation, health, now } = input;
  const ownKeys = identityKeys(buildCandidateView('pending', [observation])).map(identityKeyString);
  const site = siteKey(observation);

  return db.transaction('rw', [db.candidates, db.observations, db.identityKeys, db.assessments, db.auditLog], async () => {
    const siteRow = site ? await db.identityKeys.get(site) : undefined;
    let candidateId = siteRow?.candidateIds[0];
    if (!candidateId && ownKeys.length > 0) candidateId = await findAgreeingHolder(db, ownKeys, observation.names);

    const created = !candidateId;
    const id = candidateId ?? crypto.randomUUID();
    const existing = created ? undefined : await db.candidates.get(id);
    const sighting = sightingId(observation);
    const previous = await db.observations.get(sighting);
    await db.observations.put({
      id: sighting,
      candidateId: id,
      observation,
      health,
      firstSeenAt: previous?.firstSeenAt ?? now,
      observedAt: now,
    });

    const records = await db.observations.where('candidateId').equals(id).toArray();
    records.sort((a, b) => b.observedAt - a.observedAt);
    const view = buildCandidateView(id, records.map((r) => r.observation));
    const keyStrings = identityKeys(view).map(identityKeyString).concat(site ? [site] : []);
    const candidate: CandidateRecord = {
      id,
      displayName: view.displayName,
      names: view.names,
      identityKeys: [...new Set([...(existing?.identityKeys ?? []), ...keyStrings])].sort(),
      falsePositiveSignalIds: existing?.falsePositiveSignalIds ?? [],
      flaggedForReview: existing?.flaggedForReview ?? 0,
      flagReason: existing?.flagReason,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.candidates.put(candidate);
    await addHolder(db, keyStrings, { candidateId: id, source: observation.source, pageUrl: observation.pageUrl, seenAt: now });
    if (created) await audit(db, { at: now, action: 'candidate-created', candidateId: id, actor: 'extension', detail: { source: observation.source } });
    else if (!previous) await audit(db, { at: now, action: 'observation-merged', candidateId: id, actor: 'extension', detail: { source: observation.source } });

    const { assessment, reuse } = await assessStoredCandidate(db, id, now);
    for (const other of new Set(reuse.map((m) => m.otherCandidateId))) await assessStoredCandidate(db, other, now);
    return { candidateId: id, created, assessment };
  });
}

async function findAgreeingHolder(db: HireProofDb, keys: string[], names: readonly string[]): Promise<string | undefined> {
  const rows = await db.identityKeys.bulkGet(keys);
  // Prefer the candidate that shares the most keys with this observation.
  const shared = new Map<string, number>();
  for (const row of rows) for (const id of row?.candidateIds ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const candidates = await db.candidates.bulkGet(ranked);
  return candidates.find((c) => c && namesAgree(c.names, names))?.id;
}

async function addHolder(db: HireProofDb, keys: string[], holder: IdentityKeyRecord['holders'][number]): Promise<void> {
  const rows = await db.identityKeys.bulkGet(keys);
  const changed: IdentityKeyRecord[] = [];
  keys.forEach((key, i) => {
    const row = rows[i] ?? { key, candidateIds: [], holders: [] };
    if (row.candidateIds.includes(holder.candidateId)) return;
    changed.push({ key, candidateIds: [...row.candidateIds, holder.candidateId], holders: [...row.holders, holder] });
  });
  if (changed.length > 0) await db.identityKeys.bulkPut(changed);
}
