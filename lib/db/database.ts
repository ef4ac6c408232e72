import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AddedEvidenceRecord,
  AssessmentRecord,
  LivenessRecord,
  AuditRecord,
  CandidateRecord,
  IdentityKeyRecord,
  ListChunkRecord,
  ListRecord,
  NoteRecord,
  ObservationRecord,
  PhotoBlockRecord,
  PhotoHashRecord,
  SettingRecord,
  SummaryBandRecord,
  SummaryFingerprintRecord,
} from './records';
import type { AssessmentHistoryRecord, DecisionRecord } from './review-records';
import { SUMMARY_BANDS_BACKFILL_KEY, type BackfillProgress } from './backfill-summary-bands';

export const DATABASE_NAME = 'hireproof';

/**
 * Every schema version the extension ever shipped, oldest first. Never edit a shipped entry: add a
 * new one (with an `upgrade` when rows must change) so existing users' data migrates.
 * test/lib/db/migrations.test.ts opens a database at each historic version and upgrades it.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void>;
}> = [
  {
    version: 1,
    stores: {
      candidates: '&id, updatedAt, flaggedForReview',
      observations: '&id, candidateId, observedAt',
      identityKeys: '&key, *candidateIds',
      assessments: '&candidateId, assessedAt, band',
      auditLog: '++id, at, candidateId, action',
      notes: '&id, candidateId, createdAt',
      settings: '&key',
    },
  },
  {
    // Signal lists from security teams. A list's entries are stored in chunks of rows, not one row
    // per entry: a million-entry list is a hundred writes, and the background rebuilds its
    // in-memory indexes from them at start-up.
    version: 2,
    stores: {
      lists: '&id, enabled, modified',
      listChunks: '&[listId+chunk], listId',
    },
  },
  {
    // Evidence recruiters paste into the panel (IP addresses, UTC offsets), one row per value.
    // Lists now keep all their metadata, filters and overrides (for export and for the checks);
    // lists stored at version 2 get the empty defaults their files could not have carried.
    version: 3,
    stores: {
      addedEvidence: '&id, candidateId',
    },
    upgrade: async (tx) => {
      await tx
        .table('lists')
        .toCollection()
        .modify((list: Record<string, unknown>) => {
          list.created ??= list.modified;
          list.references ??= [];
          list.filters ??= [];
          list.weightOverrides ??= [];
        });
    },
  },
  {
    // Liveness summaries from video interviews: derived cue values and challenge outcomes only.
    version: 4,
    stores: {
      livenessSummaries: '&id, candidateId',
    },
  },
  {
    // Similarity indexes (lib/similarity), one row per sighting: a summary's MinHash signature under
    // its LSH band keys (a multiEntry index), and a profile photo's perceptual hash, filed in
    // photoBlocks under each of its 11 block values (one row per block value, listing the hashes and
    // photo rows filed there as numbers). A lookup reads only the rows sharing a band, and 11 block
    // rows. Neither text nor image is stored. Nothing to migrate: pages are fingerprinted when seen again.
    version: 5,
    stores: {
      summaryFingerprints: '&id, candidateId, *bands',
      photoHashes: '++seq, &id, candidateId',
      photoBlocks: '&key',
    },
  },
  {
    // HR review (lib/db/review-records.ts): each change of a candidate's score, band or counted hits,
    // and HR's decisions, append-only. A candidate's rows are read in time order through
    // [candidateId+at] (which also answers `where('candidateId')`). Nothing to migrate: history
    // starts with each candidate's next assessment.
    version: 6,
    stores: {
      assessmentHistory: '++id, [candidateId+at]',
      decisions: '&id, [candidateId+at], at',
    },
  },
  {
    // Summary bands as rows of their own (band -> sighting ids) instead of a multiEntry index on the
    // fingerprints: a lookup is 16 primary-key reads, not 16 index range reads, which took twice as
    // long with 100,000 summaries stored (2.8 against 6.3 ms in Chromium), on every page with a
    // summary. The fingerprints stored are filed under their bands after the upgrade, in batches
    // (lib/db/backfill-summary-bands.ts): filing 100,000 here took 6.4 minutes and 3 GB more memory
    // when it finished at all, blocking every check, and would start over whenever the service
    // worker was stopped. Here it is only recorded as due. Dropping the fingerprints' `*bands` index
    // is now the upgrade's whole cost (16-20 s with 100,000 stored: 1.6 million index entries,
    // BENCHMARKS.md); kept, it would cost every summary written from now on, and dropping it later
    // would only cost more.
    version: 7,
    stores: {
      summaryFingerprints: '&id, candidateId',
      summaryBands: '&band',
    },
    upgrade: async (tx) => {
      // One row read, not a count (which walks every row).
      if ((await tx.table('summaryFingerprints').toCollection().first()) === undefined) return;
      await tx.table('settings').put({ key: SUMMARY_BANDS_BACKFILL_KEY, value: {} satisfies BackfillProgress });
    },
  },
];

export type HireProofDb = Dexie & {
  candidates: EntityTable<CandidateRecord, 'id'>;
  observations: EntityTable<ObservationRecord, 'id'>;
  identityKeys: EntityTable<IdentityKeyRecord, 'key'>;
  assessments: EntityTable<AssessmentRecord, 'candidateId'>;
  auditLog: EntityTable<AuditRecord, 'id'>;
  notes: EntityTable<NoteRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  lists: EntityTable<ListRecord, 'id'>;
  listChunks: Table<ListChunkRecord, [string, number]>;
  addedEvidence: EntityTable<AddedEvidenceRecord, 'id'>;
  livenessSummaries: EntityTable<LivenessRecord, 'id'>;
  summaryFingerprints: EntityTable<SummaryFingerprintRecord, 'id'>;
  summaryBands: EntityTable<SummaryBandRecord, 'band'>;
  photoHashes: EntityTable<PhotoHashRecord, 'seq'>;
  photoBlocks: EntityTable<PhotoBlockRecord, 'key'>;
  assessmentHistory: EntityTable<AssessmentHistoryRecord, 'id'>;
  decisions: EntityTable<DecisionRecord, 'id'>;
};

/** Opens (lazily) the database with every schema version declared. `name` is for tests. */
export function openDatabase(name = DATABASE_NAME, upTo = Infinity): HireProofDb {
  // Relaxed durability: a commit need not wait for the disk to flush. Observations are re-read from
  // the page anyway; what a power cut could lose is the last second of work, not consistency.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as HireProofDb;
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
