import type { Page } from 'playwright-core';

/**
 * Fills the extension's real IndexedDB with `count` stored candidates (candidate, observation,
 * identity keys, assessment), as many would be after months of use. Runs inside an extension page
 * with the raw IndexedDB API so the bench needs no hook in the shipped code. Batched: one
 * transaction per `batch` candidates keeps memory flat.
 */
export async function seedCandidates(page: Page, count: number, batch = 5000): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    await page.evaluate(
      async ({ start, end }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('hireproof');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const stores = ['candidates', 'observations', 'identityKeys', 'assessments'];
        const tx = db.transaction(stores, 'readwrite');
        const [candidates, observations, identityKeys, assessments] = stores.map((s) => tx.objectStore(s));
        for (let i = start; i < end; i++) {
          const id = `seed-${i}`;
          const email = `applicant${i}@example.net`;
          const phone = `+1${String(2025550000 + i).padStart(10, '0')}`;
          const name = `Applicant ${i} Seeded`;
          const at = 1_700_000_000_000 + i * 1000;
          const keys = [`email:${email}`, `phone:${phone}`, `site:greenhouse:${900000 + i}`];
          candidates!.put({ id, displayName: name, names: [name], identityKeys: keys, falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: at, updatedAt: at });
          observations!.put({
            id: `greenhouse|${900000 + i}`,
            candidateId: id,
            observation: {
              source: 'greenhouse', pageUrl: `https://app.greenhouse.io/people/${900000 + i}`, siteCandidateId: String(900000 + i),
              observedAt: at, names: [name], emails: [email], phones: [phone], links: [], employment: [], education: [], skills: [],
            },
            firstSeenAt: at,
            observedAt: at,
          });
          for (const key of keys) identityKeys!.put({ key, candidateIds: [id], holders: [{ candidateId: id, source: 'greenhouse', pageUrl: `https://app.greenhouse.io/people/${900000 + i}`, seenAt: at }] });
          assessments!.put({ candidateId: id, assessedAt: at, score: 0, band: 'low', results: [], explanation: [] });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { start, end: Math.min(count, start + batch) },
    );
  }
}
