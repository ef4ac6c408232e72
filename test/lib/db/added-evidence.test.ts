import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installBundledLists } from '../../../lib/background/bundled-lists';
import { loadActiveLists } from '../../../lib/background/load-lists';
import { addPastedEvidence, listAddedEvidence, MAX_ADDED_EVIDENCE, removeAddedEvidence } from '../../../lib/db/added-evidence';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { recordObservation } from '../../../lib/db/record-observation';
import { setActiveLists } from '../../../lib/lists/active-lists';
import { setActiveIpGeo } from '../../../lib/network/active-ip-geo';
import { makeObservation } from '../candidate/make-observation';
import { realIpGeo } from '../network/real-ip-geo';

let db: HireProofDb;
let n = 0;
let candidateId: string;
const NOW = Date.UTC(2026, 10, 24, 12);

beforeAll(() => setActiveIpGeo(realIpGeo()));
afterAll(() => {
  setActiveIpGeo(undefined);
  setActiveLists([], new Map());
});

beforeEach(async () => {
  db = openDatabase(`added-evidence-${n++}`);
  await installBundledLists(db, NOW);
  await loadActiveLists(db);
  const recorded = await recordObservation(db, {
    observation: makeObservation({ names: ['Ada Brook'], siteCandidateId: '9', location: { raw: 'London, UK', city: 'London', country: 'GB' } }),
    now: NOW,
  });
  candidateId = recorded.candidateId;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const resultOf = async (signalId: string) => (await db.assessments.get(candidateId))?.results.find((r) => r.signalId === signalId);

describe('evidence a recruiter pastes', () => {
  it('before anything is added, the IP and time-zone checks skip and say why', async () => {
    expect(await resultOf('ip-location-mismatch')).toMatchObject({ status: 'skip', skipReason: 'No IP address is known for this applicant' });
    expect(await resultOf('timezone-mismatch')).toMatchObject({ status: 'skip', skipReason: 'No time zone or UTC offset is known for this applicant' });
    expect(await resultOf('vpn-or-hosting-ip')).toMatchObject({ status: 'skip' });
  });

  it('a DigitalOcean address in the Netherlands lights up the location and hosting checks, with the real database', async () => {
    const message = await addPastedEvidence(db, { candidateId, text: 'Received: from [10.0.0.4] by relay; from 5.101.96.10', now: NOW });
    expect(message).toBe('Added 5.101.96.10. Set aside: 10.0.0.4 (a private or local address).');
    const location = await resultOf('ip-location-mismatch');
    expect(location?.status).toBe('hit');
    expect(location?.evidence[0]?.text).toBe(
      '5.101.96.10 (AS14061 DigitalOcean, LLC) is registered in NL; the claimed location is in GB (seen added by a recruiter on 2026-11-24)',
    );
    const hosting = await resultOf('vpn-or-hosting-ip');
    expect(hosting?.status).toBe('hit');
    expect(hosting?.evidence[0]?.text).toContain('VPN and hosting networks (HireProof starter list)');
    expect(hosting?.evidence[0]?.data.listId).toBe('hireproof-starter-vpn-hosting');
  });

  it('a UK address on a home broadband network is clean on both checks', async () => {
    await addPastedEvidence(db, { candidateId, text: '81.2.69.142', now: NOW });
    expect((await resultOf('ip-location-mismatch'))?.status).toBe('miss');
    expect((await resultOf('vpn-or-hosting-ip'))?.status).toBe('miss');
  });

  it.each([
    ['a Date header from India for a London applicant', 'Date: Tue, 24 Nov 2026 18:04:11 +0530', 'hit'],
    ['London in winter', 'UTC+0', 'miss'],
    ['London in summer', 'GMT+1', 'miss'],
  ])('time zone: %s', async (_name, text, status) => {
    await addPastedEvidence(db, { candidateId, text, now: NOW });
    expect((await resultOf('timezone-mismatch'))?.status).toBe(status);
  });

  it('nothing usable is an error and stores nothing', async () => {
    await expect(addPastedEvidence(db, { candidateId, text: 'call me at 10:30 on +44 20 7946 0958', now: NOW })).rejects.toThrow(
      'No public IP address or UTC offset found in the pasted text.',
    );
    await expect(addPastedEvidence(db, { candidateId, text: '192.168.1.1', now: NOW })).rejects.toThrow('Set aside: 192.168.1.1 (a private or local address).');
    expect(await db.addedEvidence.count()).toBe(0);
  });

  it('lists, removes and audits; removing re-checks the candidate', async () => {
    await addPastedEvidence(db, { candidateId, text: '5.101.96.10 UTC+05:30', now: NOW });
    const items = await listAddedEvidence(db, candidateId);
    expect(items.map((i) => i.label).sort()).toEqual(['5.101.96.10', 'UTC+05:30']);
    const ip = items.find((i) => i.kind === 'ip')!;
    await removeAddedEvidence(db, { candidateId, evidenceId: ip.id, now: NOW + 1 });
    expect((await resultOf('ip-location-mismatch'))?.status).toBe('skip');
    expect((await resultOf('timezone-mismatch'))?.status).toBe('hit');
    await expect(removeAddedEvidence(db, { candidateId, evidenceId: ip.id, now: NOW + 2 })).rejects.toThrow('no longer stored');
    const actions = (await db.auditLog.where('candidateId').equals(candidateId).sortBy('at')).map((a) => a.action);
    expect(actions).toEqual(['candidate-created', 'evidence-added', 'evidence-removed']);
  });

  it('the same value again does not count twice; the per-applicant limit holds', async () => {
    await addPastedEvidence(db, { candidateId, text: '5.101.96.10', now: NOW });
    await addPastedEvidence(db, { candidateId, text: '5.101.96.10', now: NOW + 5 });
    expect(await db.addedEvidence.count()).toBe(1);
    const many = Array.from({ length: MAX_ADDED_EVIDENCE + 1 }, (_, i) => `5.101.${96 + Math.floor(i / 250)}.${(i % 250) + 1}`).join(' ');
    await expect(addPastedEvidence(db, { candidateId, text: many, now: NOW })).rejects.toThrow(`At most ${MAX_ADDED_EVIDENCE}`);
    expect(await db.addedEvidence.count()).toBe(1);
  });
});
