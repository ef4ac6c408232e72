import type { Page } from 'playwright-core';
import type { SignalResult } from '../../lib/risk/assessment';

/**
 * Fills the extension's real IndexedDB (schema 6 or later) with `count` candidates shaped for the
 * review queue: 2% flagged by a recruiter, 3% scored high, a tenth of the flagged ones decided.
 * Queued candidates get full assessments (every signal's result, hits with evidence) and identity
 * key rows, some sharing a phone; the rest get empty results like test/bench/seed-candidates.ts,
 * because the queue never reads them and a realistic 5 KB each would only slow the seeding.
 * Raw IndexedDB inside an extension page, batched, so no hook is needed in the shipped code.
 */

export const SIGNAL_IDS = [
  'anachronistic-skill', 'disposable-email', 'ip-location-mismatch', 'ip-on-list', 'linkedin-slug-mismatch', 'listed-employer-domain',
  'listed-identifier', 'liveness-blink-atypical', 'liveness-challenge-failed', 'liveness-face-absent', 'liveness-face-inconsistent',
  'liveness-video-replay', 'odd-hours-contact', 'phone-region-mismatch', 'profile-mismatch', 'reused-email', 'reused-phone', 'reused-photo',
  'reused-profile-link', 'reused-resume-text', 'timezone-mismatch', 'voip-phone', 'vpn-or-hosting-ip', 'young-github-account',
] as const;

const SOURCES = ['greenhouse', 'lever', 'linkedin', 'ashby', 'workday'];
const FIRST = ['Alex', 'Sam', 'Jordan', 'Priya', 'Morgan', 'Chen', 'Fatima', 'Lucas', 'Amara', 'Kenji', 'Sofia', 'Omar'];
const LAST = ['Reyes', 'Okafor', 'Ellis', 'Natarajan', 'Kim', 'Müller', 'Haddad', 'Silva', 'Novak', 'Tanaka', 'Dubois', 'Larsen'];

/** Who is queued and why, for the seed and for the bench's expectations. */
export const isFlagged = (i: number) => i % 50 === 0;
export const isHigh = (i: number) => i % 33 === 1;
export const isDecided = (i: number) => i % 500 === 0;

/** A full result list: `hits` hit with a line of evidence each, a few skipped, the rest clean. */
function results(hits: readonly string[]): SignalResult[] {
  return SIGNAL_IDS.map((signalId, k): SignalResult => {
    const hit = hits.includes(signalId);
    const skip = !hit && k % 3 === 0;
    return {
      signalId,
      title: `Title of ${signalId}`,
      severity: 'medium',
      weight: 0.3,
      status: hit ? 'hit' : skip ? 'skip' : 'miss',
      evidence: hit
        ? [{ messageId: 'seed', data: { value: 'x' }, text: `The value seen for ${signalId} was also seen on another applicant's Greenhouse page on 2026-03-05.` }]
        : [],
      ...(skip ? { skipReason: 'The page did not show what this check needs.' } : {}),
      falsePositive: false,
      contribution: hit ? 25 : 0,
    };
  });
}

/** Result lists the page picks from by index (passing one per candidate through CDP would be slow). */
const TEMPLATES = [
  results(['reused-phone', 'voip-phone']),
  results(['disposable-email', 'vpn-or-hosting-ip', 'timezone-mismatch']),
  results(['reused-email', 'profile-mismatch']),
  results(['listed-identifier', 'reused-phone', 'young-github-account', 'odd-hours-contact']),
  results([]),
];

export async function seedReviewCandidates(page: Page, count: number, batch = 5000): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    await page.evaluate(
      async ({ start, end, templates, sources, first, last }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('hireproof');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const stores = ['candidates', 'observations', 'identityKeys', 'assessments', 'decisions'];
        const tx = db.transaction(stores, 'readwrite');
        const [candidates, observations, identityKeys, assessments, decisions] = stores.map((s) => tx.objectStore(s));
        const states = ['cleared', 'needs-verification', 'escalated', 'rejected'];
        for (let i = start; i < end; i++) {
          const id = `seed-${i}`;
          const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`;
          const email = `applicant${i}@example.net`;
          // Queued applicants in pairs share a phone, so their cases have a linked applicant.
          const phone = `+1${String(2025550000 + Math.floor(i / 2)).padStart(10, '0')}`;
          const at = 1_760_000_000_000 + (i % 365) * 86_400_000 + i;
          const flagged = i % 50 === 0;
          const high = i % 33 === 1;
          const queued = flagged || high;
          const source = sources[i % sources.length]!;
          const keys = [`email:${email}`, `phone:${phone}`, `site:${source}:${900000 + i}`];
          candidates!.put({
            id, displayName: name, names: [name], identityKeys: keys, falsePositiveSignalIds: [], flaggedForReview: flagged ? 1 : 0,
            ...(flagged ? { flagReason: 'Same phone as another applicant' } : {}), createdAt: at, updatedAt: at,
          });
          const pageUrl = `https://example.com/${source}/${900000 + i}`;
          const obs = { source, pageUrl, siteCandidateId: String(900000 + i), observedAt: at, names: [name], emails: [email], phones: [phone], links: [], employment: [], education: [], skills: [] };
          observations!.put({ id: `${source}|${900000 + i}`, candidateId: id, observation: obs, firstSeenAt: at, observedAt: at });
          if (i % 10 === 0) observations!.put({ id: `linkedin|in-${i}`, candidateId: id, observation: { ...obs, source: 'linkedin' }, firstSeenAt: at, observedAt: at });
          const template = templates[i % templates.length]!;
          const score = high ? 60 + (i % 40) : i % 7 === 2 ? 30 + (i % 30) : i % 25;
          assessments!.put({
            candidateId: id, assessedAt: at, score, band: high ? 'high' : score >= 25 ? 'elevated' : 'low',
            results: queued ? template : [], explanation: [],
          });
          if (queued) {
            // No named inner functions here: tsx would wrap them in a helper the page does not have.
            const pair = i % 2 === 0 ? [id, `seed-${i + 1}`] : [`seed-${i - 1}`, id];
            identityKeys!.put({ key: `phone:${phone}`, candidateIds: pair, holders: pair.map((cid) => ({ candidateId: cid, source, pageUrl, seenAt: at })) });
            identityKeys!.put({ key: `email:${email}`, candidateIds: [id], holders: [{ candidateId: id, source, pageUrl, seenAt: at }] });
          }
          if (i % 500 === 0) {
            decisions!.put({ id: `decision-${i}`, candidateId: id, at: at + 1000, state: states[(i / 500) % states.length], reason: 'Seeded for the review benchmark' });
          }
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { start, end: Math.min(count, start + batch), templates: TEMPLATES, sources: SOURCES, first: FIRST, last: LAST },
    );
  }
}
