import type { AddedEvidence } from '../candidate/candidate-view';
import { MAX_PASTE_LENGTH, parsePastedEvidence } from '../candidate/parse-pasted-evidence';
import { formatUtcOffset } from '../signals/network-evidence';
import { assessmentTables, assessStoredCandidate } from './assess-stored-candidate';
import { audit } from './audit';
import { notifyCandidatesChanged } from './changes';
import type { HireProofDb } from './database';

/** Most values kept per candidate: enough for a long mail thread, bounded so one paste cannot flood checks. */
export const MAX_ADDED_EVIDENCE = 100;

const labelOf = (e: AddedEvidence) => (e.kind === 'ip' ? e.ip : formatUtcOffset(e.minutes));
const idOf = (candidateId: string, e: AddedEvidence) => `${candidateId}|${e.kind}|${e.kind === 'ip' ? e.ip : e.minutes}`;

/**
 * Reads IPs and offsets out of pasted text and stores each for the candidate, then re-checks the
 * candidate, all in one transaction. Returns a sentence saying what was added and what was set aside;
 * throws when nothing usable was found, so the recruiter knows the paste did nothing.
 */
export async function addPastedEvidence(db: HireProofDb, input: { candidateId: string; text: string; now: number }): Promise<string> {
  const parsed = parsePastedEvidence(input.text);
  const found: AddedEvidence[] = [
    ...parsed.ips.map((ip): AddedEvidence => ({ kind: 'ip', ip, addedAt: input.now })),
    ...parsed.offsets.map((minutes): AddedEvidence => ({ kind: 'utc-offset', minutes, addedAt: input.now })),
  ];
  const setAside = parsed.ignored.length === 0 ? '' : ` Set aside: ${parsed.ignored.join('; ')}.`;
  if (found.length === 0) throw new Error(`No public IP address or UTC offset found in the pasted text.${setAside}`);
  const pasted = input.text.slice(0, MAX_PASTE_LENGTH);
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    const candidate = await db.candidates.get(input.candidateId);
    if (!candidate) throw new Error('This candidate is no longer stored.');
    const existing = await db.addedEvidence.where('candidateId').equals(input.candidateId).primaryKeys();
    const fresh = found.filter((e) => !existing.includes(idOf(input.candidateId, e)));
    if (existing.length + fresh.length > MAX_ADDED_EVIDENCE) {
      throw new Error(`At most ${MAX_ADDED_EVIDENCE} added values per applicant; remove some first.`);
    }
    // Re-adding a value refreshes when it was seen; bulkPut replaces by id.
    await db.addedEvidence.bulkPut(found.map((evidence) => ({ id: idOf(input.candidateId, evidence), candidateId: input.candidateId, evidence, pasted })));
    await audit(db, {
      at: input.now,
      action: 'evidence-added',
      candidateId: input.candidateId,
      actor: 'recruiter',
      detail: { values: found.map(labelOf).join(', ') },
    });
    await assessStoredCandidate(db, input.candidateId, input.now);
  });
  notifyCandidatesChanged([input.candidateId]);
  return `Added ${found.map(labelOf).join(', ')}.${setAside}`;
}

export async function removeAddedEvidence(db: HireProofDb, input: { candidateId: string; evidenceId: string; now: number }): Promise<void> {
  await db.transaction('rw', [...assessmentTables(db), db.auditLog], async () => {
    const row = await db.addedEvidence.get(input.evidenceId);
    if (!row || row.candidateId !== input.candidateId) throw new Error('That evidence is no longer stored.');
    await db.addedEvidence.delete(input.evidenceId);
    await audit(db, { at: input.now, action: 'evidence-removed', candidateId: input.candidateId, actor: 'recruiter', detail: { value: labelOf(row.evidence) } });
    await assessStoredCandidate(db, input.candidateId, input.now);
  });
  notifyCandidatesChanged([input.candidateId]);
}

/** The candidate's added evidence for the panel, newest first. */
export async function listAddedEvidence(db: HireProofDb, candidateId: string): Promise<{ id: string; label: string; kind: AddedEvidence['kind']; addedAt: number }[]> {
  const rows = await db.addedEvidence.where('candidateId').equals(candidateId).toArray();
  return rows
    .map((r) => ({ id: r.id, label: labelOf(r.evidence), kind: r.evidence.kind, addedAt: r.evidence.addedAt }))
    .sort((a, b) => b.addedAt - a.addedAt || a.label.localeCompare(b.label));
}
