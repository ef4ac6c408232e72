import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { findSimilarSummaries, MAX_SUMMARY_ROWS } from '../../../lib/db/find-similar-summaries';
import type { CandidateRecord, SummaryFingerprintRecord } from '../../../lib/db/records';
import { MAX_BAND_IDS, refileSummaryBands } from '../../../lib/db/summary-bands';
import { summaryFingerprint } from '../../../lib/similarity/summary-fingerprint';
import { EDITED, ORIGINAL, RENAMED, SAME_FIELD, UNRELATED } from '../similarity/sample-summaries';

let db: HireProofDb;
useFreshDatabase('find-similar-summaries', (opened) => (db = opened));

function fingerprint(text: string, names: string[]) {
  const result = summaryFingerprint(text, names);
  if (!result.ok) throw new Error(result.reason);
  return result.fingerprint;
}
const candidate = (id: string, name: string): CandidateRecord => ({
  id, displayName: name, names: [name], identityKeys: [], falsePositiveSignalIds: [], flaggedForReview: 0, createdAt: 1, updatedAt: 1,
});
async function store(id: string, name: string, text: string, seenAt = 1000): Promise<void> {
  const row: SummaryFingerprintRecord = {
    id: `linkedin|${id}`, candidateId: id, ...fingerprint(text, [name]), source: 'linkedin', pageUrl: `https://www.linkedin.com/in/${id}`, seenAt,
  };
  await Promise.all([db.candidates.put(candidate(id, name)), db.summaryFingerprints.put(row), refileSummaryBands(db, [{ id: row.id, to: row.bands }])]);
}
const jordan = { candidateId: 'jordan', names: ['Jordan Ellis'], fingerprints: [fingerprint(ORIGINAL, ['Jordan Ellis'])] };

describe('findSimilarSummaries', () => {
  it.each<[string, Array<[string, string, string]>, string[]]>([
    ['nothing stored', [], []],
    ['a renamed copy under another name', [['sam', 'Sam Okafor', RENAMED]], ['Sam Okafor']],
    ['a lightly edited copy', [['sam', 'Sam Okafor', EDITED]], ['Sam Okafor']],
    ['unrelated and same-field summaries', [['ana', 'Ana Costa', UNRELATED], ['rui', 'Rui Lima', SAME_FIELD]], []],
    ['the same text under an agreeing name is the same person', [['jordan-2', 'Jordan A. Ellis', ORIGINAL]], []],
    ["the candidate's own rows", [['jordan', 'Jordan Ellis', ORIGINAL]], []],
  ])('%s', async (_label, stored, names) => {
    for (const [id, name, text] of stored) await store(id, name, text);
    const matches = await db.transaction('r', db.summaryFingerprints, db.summaryBands, db.candidates, () => findSimilarSummaries(db, jordan));
    expect(matches.map((m) => m.otherName)).toEqual(names);
  });

  it('says where and when the other summary was seen, and how alike it is', async () => {
    await store('sam', 'Sam Okafor', RENAMED, 5000);
    const [match] = await findSimilarSummaries(db, jordan);
    expect(match).toMatchObject({ otherCandidateId: 'sam', otherSource: 'LinkedIn', otherPageUrl: 'https://www.linkedin.com/in/sam', otherSeenAt: 5000 });
    expect(match?.similarity).toBeGreaterThan(0.9);
  });

  it('compares every summary of the candidate', async () => {
    await store('ana', 'Ana Costa Reis', UNRELATED);
    const both = { ...jordan, fingerprints: [...jordan.fingerprints, fingerprint(UNRELATED.replace('Happy', 'Glad'), ['Jordan Ellis'])] };
    expect((await findSimilarSummaries(db, both)).map((m) => m.otherName)).toEqual(['Ana Costa Reis']);
  });

  it(`reads at most ${MAX_SUMMARY_ROWS} rows however many share the template`, async () => {
    const rows = Array.from({ length: MAX_SUMMARY_ROWS + 20 }, (_, i): SummaryFingerprintRecord => ({
      id: `x|${i}`, candidateId: `x${i}`, ...fingerprint(RENAMED, ['Sam Okafor']), source: 'lever', pageUrl: `https://jobs.lever.co/x/${i}`, seenAt: i,
    }));
    await db.summaryFingerprints.bulkPut(rows);
    await refileSummaryBands(db, rows.map((row) => ({ id: row.id, to: row.bands })));
    await db.candidates.bulkPut(rows.map((r) => candidate(r.candidateId, `Person Number${r.seenAt}`)));
    expect(await findSimilarSummaries(db, jordan)).toHaveLength(MAX_SUMMARY_ROWS);
    // Ids past the cap were not filed at all.
    expect((await db.summaryBands.get(rows[0]!.bands[0]!))?.ids).toHaveLength(MAX_BAND_IDS);
  });
});
