import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadActiveLists } from '../../../lib/background/load-lists';
import { buildCandidateView } from '../../../lib/candidate/build-candidate-view';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { saveList, setListEnabled } from '../../../lib/db/lists-store';
import { recordObservation } from '../../../lib/db/record-observation';
import { listContext, setActiveLists } from '../../../lib/lists/active-lists';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
let n = 0;
beforeEach(() => {
  db = openDatabase(`load-lists-${n++}`);
  setActiveLists([], new Map());
});
afterEach(async () => {
  setActiveLists([], new Map());
  db.close();
  await db.delete();
});

const applicant = makeObservation({
  names: ['Lee  Marlow'],
  siteCandidateId: '31',
  emails: ['Lee.Marlow+jobs@Evil-Staffing.example'],
  phones: ['+1 202 555 0147'],
  links: [{ kind: 'github', url: 'https://github.com/LeeM-dev' }],
});
const list = { id: 'known-bad', title: 'Known bad identities', author: 'Security', created: '2026-10-01', modified: '2026-11-01', references: [], filters: [], weightOverrides: [], enabled: 1 as const, entryCount: 0, origin: { kind: 'file' as const }, importedAt: 1 };

describe('signal lists in the checks', () => {
  it('without enabled lists the list check is skipped', async () => {
    await loadActiveLists(db);
    expect(listContext(buildCandidateView('x', [applicant]))).toBeUndefined();
    const { assessment } = await recordObservation(db, { observation: applicant, now: 1 });
    expect(assessment.results.find((r) => r.signalId === 'listed-identifier')?.status).toBe('skip');
  });

  const entries: Array<[string, { kind: string; value: string; note?: string }, string]> = [
    ['folded e-mail', { kind: 'email', value: 'lee.marlow@evil-staffing.example' }, 'lee.marlow@evil-staffing.example'],
    ['e-mail domain', { kind: 'email-domain', value: 'evil-staffing.example' }, 'evil-staffing.example'],
    ['E.164 phone', { kind: 'phone', value: '+12025550147' }, '+12025550147'],
    ['phone prefix', { kind: 'phone-prefix', value: '+1202555' }, '+12025550147'],
    ['GitHub account', { kind: 'github', value: 'leem-dev' }, 'leem-dev'],
    ['name, spacing normalised like list entries', { kind: 'name', value: 'Lee Marlow' }, 'Lee Marlow'],
  ];
  it.each(entries)('a stored, enabled list entry (%s) makes listed-identifier hit, naming the list', async (_name, entry, query) => {
    await saveList(db, list, [{ ...entry, note: 'reported by a partner' }], { actor: 'recruiter', at: 1 });
    await loadActiveLists(db);
    const { assessment } = await recordObservation(db, { observation: applicant, now: 1 });
    const result = assessment.results.find((r) => r.signalId === 'listed-identifier');
    expect(result?.status).toBe('hit');
    expect(result?.evidence[0]?.text).toContain('Known bad identities');
    expect(result?.evidence[0]?.text).toContain(query);
    expect(result?.evidence[0]?.text).toContain('reported by a partner');
  });

  it('a disabled list takes no part', async () => {
    await saveList(db, list, [{ kind: 'github', value: 'leem-dev' }], { actor: 'recruiter', at: 1 });
    await setListEnabled(db, 'known-bad', false, { actor: 'recruiter', at: 1 });
    await loadActiveLists(db);
    const { assessment } = await recordObservation(db, { observation: applicant, now: 1 });
    expect(assessment.results.find((r) => r.signalId === 'listed-identifier')?.status).toBe('skip');
  });
});
