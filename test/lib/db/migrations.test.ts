import { describe, expect, it } from 'vitest';
import { backfillSummaryBands } from '../../../lib/db/backfill-summary-bands';
import { openDatabase, SCHEMA_VERSIONS } from '../../../lib/db/database';

/**
 * Every historic schema version must upgrade to the latest without losing rows. A sample row per
 * table is written at each version, then the database is reopened with every version declared.
 */
const SAMPLE_ROWS: Record<string, object> = {
  candidates: { id: 'c1', displayName: 'Ada Byron', names: ['Ada Byron'], identityKeys: ['email:ada@example.com'], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: 1, updatedAt: 1 },
  observations: { id: 'greenhouse|1', candidateId: 'c1', observation: {}, firstSeenAt: 1, observedAt: 1 },
  identityKeys: { key: 'email:ada@example.com', candidateIds: ['c1'], holders: [] },
  assessments: { candidateId: 'c1', assessedAt: 1, score: 0, band: 'low', results: [], explanation: [] },
  auditLog: { at: 1, action: 'candidate-created', candidateId: 'c1', actor: 'extension', detail: {} },
  notes: { id: 'n1', candidateId: 'c1', text: 'hello', createdAt: 1 },
  settings: { key: 'retentionDays', value: 90 },
  lists: { id: 'starter-vpn', title: 'VPN ranges', author: 'Security', modified: '2026-11-01', enabled: 1, entryCount: 1, origin: { kind: 'file' }, importedAt: 1, hits: 0 },
  listChunks: { listId: 'starter-vpn', chunk: 0, entries: [{ kind: 'cidr', value: '192.0.2.0/24' }] },
  livenessSummaries: { id: 'l1', candidateId: 'c1', summary: { meetingSource: 'jitsi', participantName: 'Ada', consentConfirmedAt: 1, startedAt: 1, endedAt: 2, framesAnalysed: 0, challenges: [] } },
  addedEvidence: { id: 'c1|ip|192.0.2.1', candidateId: 'c1', evidence: { kind: 'ip', ip: '192.0.2.1', addedAt: 1 }, pasted: '192.0.2.1' },
  summaryFingerprints: {
    id: 'greenhouse|1', candidateId: 'c1', bands: ['0:0a1b2c3d', '1:4e5f6a7b'], signature: new Uint32Array(128).fill(7), words: 80,
    source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/1', seenAt: 1,
  },
  photoHashes: {
    id: 'greenhouse|1', candidateId: 'c1', url: 'https://example.com/p.jpg', hash: '0123456789abcdef',
    source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/1', seenAt: 1, checkedAt: 1,
  },
  photoBlocks: { key: '3:05', entries: new Uint32Array([0x01234567, 0x89abcdef, 1]) },
  summaryBands: { band: '9:99999999', ids: ['lever|2'] },
  assessmentHistory: { candidateId: 'c1', at: 1, score: 0, band: 'low', hits: [] },
  decisions: { id: 'd1', candidateId: 'c1', at: 1, state: 'cleared', reason: 'Verified ID on camera.' },
};

const latest = SCHEMA_VERSIONS.at(-1)!;

describe('database schema versions', () => {
  it('are strictly increasing and the latest declares every table the app uses', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const tables = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.entries(v.stores).filter(([, s]) => s !== null).map(([t]) => t)));
    expect([...tables].sort()).toEqual(Object.keys(SAMPLE_ROWS).sort());
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))('data written at version %i survives opening at the latest', async (version) => {
    const name = `migration-from-${version}`;
    const old = openDatabase(name, version);
    await old.open();
    const tablesThen = old.tables.map((t) => t.name);
    for (const table of tablesThen) await old.table(table).add(SAMPLE_ROWS[table]);
    old.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(latest.version);
    // What the background runs after the upgrade; it removes its settings row when done.
    await backfillSummaryBands(current);
    for (const table of tablesThen) expect(await current.table(table).count(), table).toBe(1);
    expect(await current.candidates.where('flaggedForReview').equals(0).count()).toBe(1);
    // The similarity indexes answer by band and by block prefix, and keep the signature's type.
    if (tablesThen.includes('summaryFingerprints')) {
      expect((await current.summaryFingerprints.get('greenhouse|1'))?.signature).toBeInstanceOf(Uint32Array);
      // Fingerprints stored before version 7 are filed under their bands after the upgrade.
      if (version < 7) expect(await current.summaryBands.bulkGet(['0:0a1b2c3d', '1:4e5f6a7b'])).toEqual([
        { band: '0:0a1b2c3d', ids: ['greenhouse|1'] },
        { band: '1:4e5f6a7b', ids: ['greenhouse|1'] },
      ]);
      expect((await current.photoBlocks.get('3:05'))?.entries).toEqual(new Uint32Array([0x01234567, 0x89abcdef, 1]));
      expect((await current.photoHashes.where('id').equals('greenhouse|1').first())?.seq).toBe(1);
    }
    // A list stored before version 3 has the fields export and the checks read.
    if (tablesThen.includes('lists') && version < 3) {
      expect(await current.lists.get('starter-vpn')).toMatchObject({ created: '2026-11-01', references: [], filters: [], weightOverrides: [] });
    }
    current.close();
    await current.delete();
  });
});
