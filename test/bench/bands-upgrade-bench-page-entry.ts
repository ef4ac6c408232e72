import Dexie, { type Transaction } from 'dexie';
import { z } from 'zod';
import { fileSummaryBandsBatch } from '../../lib/db/backfill-summary-bands';
import { openDatabase, SCHEMA_VERSIONS, type HireProofDb } from '../../lib/db/database';
import type { CandidateRecord, SummaryFingerprintRecord } from '../../lib/db/records';
import { MAX_BAND_IDS } from '../../lib/db/summary-bands';
import { fingerprintOf, summaryText } from './generated-summaries';

/**
 * The bands upgrade bench's page script (test/bench/bands-upgrade-bench.ts): stores generated
 * candidates with summary fingerprints at schema version 6 (the historic declarations from
 * lib/db/database.ts), then opens the database with every version declared and times the upgrade,
 * and the backfill that files the summaries after it.
 */

// The page is served with the extension's CSP, which forbids zod's JIT probe.
z.config({ jitless: true });

const NAME = 'hireproof-bands-bench';
const nameOf = (i: number) => `Applicant${i} Seeded`;

/**
 * `in-upgrade`: the version 7 upgrade as first written (commit b43cec8), every band row built in
 * memory and written inside the upgrade, kept here to compare with. `backfill`: lib/db/database.ts.
 */
export type Design = 'in-upgrade' | 'backfill';

/** Where an upgrade got to, by ms since the page started: read from outside while it runs. */
const phases: Array<[string, number]> = [];
const mark = (phase: string) => void phases.push([phase, performance.now()]);

async function fileAllInUpgrade(tx: Transaction): Promise<void> {
  const filed = new Map<string, string[]>();
  mark('reading fingerprints');
  await tx.table('summaryFingerprints').each((row: SummaryFingerprintRecord) => {
    for (const band of row.bands) filed.set(band, [...(filed.get(band) ?? []), row.id]);
  });
  mark(`writing ${filed.size} band rows`);
  await tx.table('summaryBands').bulkPut([...filed].map(([band, ids]) => ({ band, ids: ids.slice(0, MAX_BAND_IDS) })));
  mark('band rows written');
}

function openWith(design: Design): HireProofDb {
  if (design === 'backfill') return openDatabase(NAME);
  // openDatabase's declarations with version 7's upgrade swapped (same durability).
  const db = new Dexie(NAME, { chromeTransactionDurability: 'relaxed' }) as HireProofDb;
  for (const v of SCHEMA_VERSIONS) {
    const upgrade = v.version === 7 ? fileAllInUpgrade : v.upgrade;
    const declared = db.version(v.version).stores(v.stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

/** FNV-1a over a string, continued from `hash`: a digest to compare band rows across designs. */
function fnv1a(text: string, hash: number): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const api = {
  /** Stores candidates [start, end), each with a summary fingerprint, at version 6 in one transaction; returns ms. */
  async seed(start: number, end: number): Promise<number> {
    const db = openDatabase(NAME, 6);
    const t0 = performance.now();
    const candidates: CandidateRecord[] = [];
    const texts: SummaryFingerprintRecord[] = [];
    for (let i = start; i < end; i++) {
      const id = `seed-${i}`;
      const at = 1_700_000_000_000 + i * 1000;
      candidates.push({ id, displayName: nameOf(i), names: [nameOf(i)], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: at, updatedAt: at });
      const pageUrl = `https://www.linkedin.com/in/applicant-${i}`;
      texts.push({ id: `linkedin|applicant-${i}`, candidateId: id, ...fingerprintOf(summaryText(i), [nameOf(i)]), source: 'linkedin', pageUrl, seenAt: at });
    }
    await db.transaction('rw', [db.candidates, db.summaryFingerprints], () => Promise.all([db.candidates.bulkPut(candidates), db.summaryFingerprints.bulkPut(texts)]));
    db.close();
    return performance.now() - t0;
  },

  /** Fingerprints stored at version 6 (the database is not upgraded). */
  async storedAtVersion6(): Promise<number> {
    const db = openDatabase(NAME, 6);
    const count = await db.summaryFingerprints.count();
    db.close();
    return count;
  },

  /**
   * Opens the database with every version declared: ms from the call to the upgrade committed.
   * It is first opened at version 6 (timed too), so the upgrade's time excludes the storage
   * backend's own start.
   */
  async upgrade(design: Design): Promise<{ openAt6Ms: number; openMs: number; version: number }> {
    const old = openDatabase(NAME, 6);
    const t6 = performance.now();
    await old.open();
    const openAt6Ms = performance.now() - t6;
    old.close();
    const db = openWith(design);
    mark('opening');
    const t0 = performance.now();
    await db.open();
    const openMs = performance.now() - t0;
    mark('open');
    const version = db.verno;
    db.close();
    return { openAt6Ms, openMs, version };
  },

  /** The phases marked so far, as [phase, ms since the first]. */
  phases(): Array<[string, number]> {
    return phases.map(([phase, at]) => [phase, at - (phases[0]?.[1] ?? 0)]);
  },

  /**
   * The backfill as the background runs it (lib/db/backfill-summary-bands.ts), batch by batch:
   * total ms, the batches' transaction ms (each from the call to its commit) and summaries filed.
   */
  async backfill(batchSize: number): Promise<{ totalMs: number; batchMs: number[]; filed: number }> {
    const db = openDatabase(NAME);
    const batchMs: number[] = [];
    let filed = 0;
    const t0 = performance.now();
    for (let done = false; !done; ) {
      const t = performance.now();
      const batch = await fileSummaryBandsBatch(db, batchSize);
      batchMs.push(performance.now() - t);
      filed += batch.filed;
      done = batch.done;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const totalMs = performance.now() - t0;
    db.close();
    return { totalMs, batchMs, filed };
  },

  /** The band rows as stored: how many, how many ids in all, and a digest of every row in key order. */
  async bandRows(): Promise<{ rows: number; ids: number; digest: string }> {
    const db = openDatabase(NAME);
    let rows = 0;
    let ids = 0;
    let digest = 0x811c9dc5;
    await db.summaryBands.each((row) => {
      rows += 1;
      ids += row.ids.length;
      digest = fnv1a(`${row.band}=${row.ids.join(',')};`, digest);
    });
    db.close();
    return { rows, ids, digest: digest.toString(16).padStart(8, '0') };
  },
};
export type BandsUpgradeBenchApi = typeof api;

(window as unknown as { bandsUpgradeBench: BandsUpgradeBenchApi }).bandsUpgradeBench = api;
