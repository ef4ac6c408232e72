import { describe, expect, it } from 'vitest';
import type { HireProofDb } from '../../../lib/db/database';
import { useFreshDatabase } from './fresh-database';
import { deleteCandidate } from '../../../lib/db/delete-candidate';
import { recordObservation } from '../../../lib/db/record-observation';
import type { SummaryFingerprintRecord } from '../../../lib/db/records';
import { refileSummaryBands } from '../../../lib/db/summary-bands';
import { fileSummaries, MAX_NEAR_SUMMARIES, staleAfterChange } from '../../../lib/db/summary-near';
import { estimatedJaccard } from '../../../lib/similarity/minhash';
import { SUMMARY_MATCH_MIN_JACCARD, summaryFingerprint } from '../../../lib/similarity/summary-fingerprint';
import { makeObservation } from '../candidate/make-observation';
import { prng, randomInt } from '../lists/indexes/random';

let db: HireProofDb;
useFreshDatabase('summary-near', (opened) => (db = opened));

// Made-up words (no names or numbers, which fingerprinting masks), so texts differ only where a case says.
const rand = prng(5);
const WORDS = Array.from({ length: 400 }, () => Array.from({ length: 5 + randomInt(rand, 4) }, () => String.fromCharCode(97 + randomInt(rand, 26))).join(''));
/** 90 words from `base`'s stretch of the vocabulary, with `changed` of them swapped for others. */
function text(base: number, changed = 0): string {
  const words = Array.from({ length: 90 }, (_, i) => WORDS[(base * 97 + i * 7) % WORDS.length]!);
  for (let c = 0; c < changed; c++) words[(c * 37 + 11) % words.length] = WORDS[(base * 13 + c * 53 + 5) % WORDS.length]!;
  return words.join(' ');
}
function fingerprintOf(t: string) {
  const result = summaryFingerprint(t);
  if (!result.ok) throw new Error(`test text not fingerprinted: ${result.reason}`);
  return result.fingerprint;
}

const ORIGINAL = text(1);
const COPY = text(1, 2);
const FAR = text(2);

/** A stored summary row, filed under its bands unless `filed` is false; `near` as given (absent: none yet). */
async function store(id: string, t: string, options: { near?: string[]; stale?: string[]; filed?: boolean } = {}): Promise<SummaryFingerprintRecord> {
  const { near, stale, filed = true } = options;
  const row: SummaryFingerprintRecord = {
    id, candidateId: `c-${id}`, ...fingerprintOf(t), source: 'linkedin', pageUrl: `https://www.linkedin.com/in/${id}`, seenAt: 1,
    ...(near ? { near } : {}), ...(stale ? { stale } : {}),
  };
  await db.summaryFingerprints.put(row);
  if (filed) await refileSummaryBands(db, [{ id, to: row.bands }]);
  return row;
}
const file = (changes: Parameters<typeof fileSummaries>[1]) => db.transaction('rw', [db.summaryFingerprints, db.summaryBands], () => fileSummaries(db, changes));
const nearOf = async (id: string) => (await db.summaryFingerprints.get(id))?.near;
const bandsListing = async (id: string) => (await db.summaryBands.toArray()).filter((r) => r.ids.includes(id)).length;

describe('test texts', () => {
  it('a copy with two words changed is near, another text is not', () => {
    expect(estimatedJaccard(fingerprintOf(ORIGINAL).signature, fingerprintOf(COPY).signature)).toBeGreaterThanOrEqual(SUMMARY_MATCH_MIN_JACCARD);
    expect(estimatedJaccard(fingerprintOf(ORIGINAL).signature, fingerprintOf(FAR).signature)).toBeLessThan(SUMMARY_MATCH_MIN_JACCARD);
  });
});

describe('fileSummaries', () => {
  it.each<[string, () => Promise<Parameters<typeof fileSummaries>[1]>, Record<string, string[] | undefined>]>([
    [
      'a new summary near a filed one: each lists the other',
      async () => {
        await store('a', ORIGINAL, { near: [] });
        const b = await store('b', COPY, { filed: false });
        return [{ id: 'b', to: b.bands }];
      },
      { a: ['b'], b: ['a'] },
    ],
    [
      'a summary near none: an empty list, the others untouched',
      async () => {
        await store('a', ORIGINAL, { near: [] });
        const b = await store('b', FAR, { filed: false });
        return [{ id: 'b', to: b.bands }];
      },
      { a: [], b: [] },
    ],
    [
      'a neighbour without a list is listed, and left to make its own',
      async () => {
        await store('a', ORIGINAL);
        const b = await store('b', COPY, { filed: false });
        return [{ id: 'b', to: b.bands }];
      },
      { a: undefined, b: ['a'] },
    ],
    [
      'a full list is not extended',
      async () => {
        await store('a', ORIGINAL, { near: Array.from({ length: MAX_NEAR_SUMMARIES }, (_, i) => `x${i}`) });
        const b = await store('b', COPY, { filed: false });
        return [{ id: 'b', to: b.bands }];
      },
      { a: Array.from({ length: MAX_NEAR_SUMMARIES }, (_, i) => `x${i}`), b: ['a'] },
    ],
    [
      'a summary gone is taken out of the lists that named it',
      async () => {
        await store('a', ORIGINAL, { near: ['b', 'c'] });
        await store('c', COPY, { near: ['a', 'b'] });
        const b = await store('b', text(1, 1), { near: ['a', 'c'] });
        await db.summaryFingerprints.delete('b');
        return [{ id: 'b', from: b.bands, listedBy: ['a', 'c'] }];
      },
      { a: ['c'], b: undefined, c: ['a'] },
    ],
    [
      'a changed text is taken out of the lists that named it for the old one',
      async () => {
        await store('a', ORIGINAL, { near: ['b'] });
        const old = await store('b', COPY, { near: ['a'] });
        const changed = await store('b', FAR, { stale: staleAfterChange(old).stale ?? [], filed: false });
        return [{ id: 'b', from: old.bands }, { id: 'b', to: changed.bands }];
      },
      { a: [], b: [] },
    ],
    [
      'a summary gone is taken out of a list that named it while it had none of its own',
      async () => {
        await store('a', ORIGINAL, { near: ['b'] });
        const b = await store('b', COPY);
        await db.summaryFingerprints.delete('b');
        return [{ id: 'b', from: b.bands, listedBy: [] }];
      },
      { a: [], b: undefined },
    ],
    [
      'a text without a list changed is taken out of the lists that named it',
      async () => {
        await store('a', ORIGINAL, { near: ['b'] });
        const old = await store('b', COPY);
        const changed = await store('b', FAR, { filed: false });
        return [{ id: 'b', from: old.bands }, { id: 'b', to: changed.bands }];
      },
      { a: [], b: [] },
    ],
    [
      'a change whose row shows another text by now is left to that text’s own filing',
      async () => {
        await store('a', ORIGINAL, { near: [] });
        await store('b', FAR, { filed: false });
        return [{ id: 'b', to: fingerprintOf(COPY).bands }];
      },
      { a: [], b: undefined },
    ],
    [
      'filing again changes nothing',
      async () => {
        await store('a', ORIGINAL, { near: ['b'] });
        const b = await store('b', COPY, { near: ['a'] });
        return [{ id: 'b', to: b.bands }];
      },
      { a: ['b'], b: ['a'] },
    ],
  ])('%s', async (_label, arrange, expected) => {
    await file(await arrange());
    for (const [id, near] of Object.entries(expected)) expect({ id, near: await nearOf(id) }).toEqual({ id, near });
    // Every row filed is in its band rows, with no text left to clean.
    for (const row of await db.summaryFingerprints.toArray()) {
      if (row.near !== undefined) expect({ id: row.id, bands: await bandsListing(row.id), stale: row.stale }).toEqual({ id: row.id, bands: row.bands.length, stale: undefined });
    }
  });

  it.each<[string, (db: HireProofDb) => Promise<unknown>]>([
    ['is gone', (d) => d.summaryFingerprints.delete('b')],
    ['shows another text', (d) => d.summaryFingerprints.put({ ...fingerprintOf(FAR), id: 'b', candidateId: 'c-b', source: 'linkedin', pageUrl: 'https://www.linkedin.com/in/b', seenAt: 1 })],
  ])('a change whose row %s by now files nothing under its bands', async (_label, meanwhile) => {
    await store('a', ORIGINAL, { near: [] });
    const b = await store('b', COPY, { filed: false });
    await meanwhile(db);
    await file([{ id: 'b', to: b.bands }]);
    expect(await bandsListing('b')).toBe(0);
    expect(await nearOf('a')).toEqual([]);
  });

  it('lists the most similar first', async () => {
    await store('far-ish', text(1, 3), { near: [] });
    await store('close', text(1, 1), { near: [] });
    const b = await store('b', ORIGINAL, { filed: false });
    const similarity = (t: string) => estimatedJaccard(b.signature, fingerprintOf(t).signature);
    expect(similarity(text(1, 3))).toBeGreaterThanOrEqual(SUMMARY_MATCH_MIN_JACCARD);
    expect(similarity(text(1, 3))).toBeLessThan(similarity(text(1, 1)));
    await file([{ id: 'b', to: b.bands }]);
    expect(await nearOf('b')).toEqual(['close', 'far-ish']);
  });
});

// Every write of a summary must leave every filed row's list equal to what a scan of all stored rows
// finds: the other rows sharing a band (the LSH candidates) whose estimated similarity passes.
describe('near lists through the pipeline', () => {
  const page = (i: number, summary: string | undefined) =>
    makeObservation({ source: 'linkedin', names: [`Person Number${i}`], siteCandidateId: `p${i}`, pageUrl: `https://www.linkedin.com/in/p${i}`, ...(summary ? { summary } : {}) });

  async function expectListsMatchAScan(step: string): Promise<void> {
    const rows = await db.summaryFingerprints.toArray();
    const stored = new Set(rows.map((r) => r.id));
    const bandIds = (await db.summaryBands.toArray()).flatMap((b) => b.ids);
    // Nothing names a summary no longer stored: a deleted person's profile id must not linger.
    expect({ step, dangling: [...rows.flatMap((r) => r.near ?? []), ...bandIds].filter((id) => !stored.has(id)) }).toEqual({ step, dangling: [] });
    for (const r of rows) {
      if (r.near === undefined) continue;
      const expected = rows
        .filter((o) => o.id !== r.id && o.bands.some((b) => r.bands.includes(b)) && estimatedJaccard(o.signature, r.signature) >= SUMMARY_MATCH_MIN_JACCARD)
        .map((o) => o.id);
      expect({ step, id: r.id, near: [...r.near].sort(), stale: r.stale }).toEqual({ step, id: r.id, near: expected.sort(), stale: undefined });
    }
  }

  it('stay symmetric through new texts, changed texts, texts removed, deletions and rows without lists', async () => {
    const random = prng(23);
    let now = 1000;
    const ops: string[] = [];
    for (let step = 0; step < 80; step++) {
      const i = randomInt(random, 10);
      const kind = randomInt(random, 11);
      now += 10;
      if (kind === 10) {
        // As stored before lists existed: its neighbours may list it, it lists none.
        await db.summaryFingerprints.where(':id').equals(`linkedin|p${i}`).modify((r) => void delete r.near);
        ops.push(`no list ${i}`);
      } else if (kind < 6) {
        // Three base texts, each page's a few words off one: near pairs, pairs at the edge, far pairs.
        await recordObservation(db, { observation: page(i, text(randomInt(random, 3), randomInt(random, 7))), now });
        ops.push(`text ${i}`);
      } else if (kind < 8) {
        await recordObservation(db, { observation: page(i, undefined), now });
        ops.push(`no text ${i}`);
      } else {
        const candidate = await db.candidates.filter((c) => c.names.includes(`Person Number${i}`)).first();
        if (candidate) await deleteCandidate(db, { candidateId: candidate.id, actor: 'reviewer', basis: 'manual', now });
        ops.push(`deleted ${i}`);
      }
      await expectListsMatchAScan(`${step}: ${ops.at(-1)}`);
    }
    // The sequence must have exercised every path, and left near pairs to check.
    for (const op of ['text', 'no text', 'deleted', 'no list']) expect(ops.some((o) => o.startsWith(op))).toBe(true);
    expect((await db.summaryFingerprints.toArray()).some((r) => (r.near?.length ?? 0) > 0)).toBe(true);
  });

  it('a candidate deleted between a page’s two transactions leaves nothing naming it, and the page is stored', async () => {
    await recordObservation(db, { observation: page(1, FAR), now: 1000 });
    await recordObservation(db, { observation: page(2, ORIGINAL), now: 1500 });
    const sam = (await db.candidates.filter((c) => c.names.includes('Person Number2')).first())!;
    // Transactions run in the order they are opened: page 1's (its new text matches page 2's, so
    // page 2's candidate is to be checked again), then the deletion, then page 1's follow-up.
    const [read] = await Promise.all([
      recordObservation(db, { observation: page(1, COPY), now: 2000 }),
      deleteCandidate(db, { candidateId: sam.id, actor: 'reviewer', basis: 'manual', now: 2000 }),
    ]);
    expect(read.created).toBe(false);
    await expectListsMatchAScan('after');
    expect(await db.summaryFingerprints.get('linkedin|p2')).toBeUndefined();
  });

  it('a text read again with the same bands but another signature is stored and filed again', async () => {
    await recordObservation(db, { observation: page(1, ORIGINAL), now: 1000 });
    await recordObservation(db, { observation: page(2, COPY), now: 2000 });
    // The bands are made of the first half of the signature: change the second half only.
    await db.summaryFingerprints.where(':id').equals('linkedin|p2').modify((r) => {
      r.signature = Uint32Array.from(r.signature, (v, k) => (k === r.signature.length - 1 ? v ^ 1 : v));
      r.near = ['linkedin|p9'];
    });
    await recordObservation(db, { observation: page(2, COPY), now: 3000 });
    const row = (await db.summaryFingerprints.get('linkedin|p2'))!;
    expect([...row.signature]).toEqual([...fingerprintOf(COPY).signature]);
    expect(row.near).toEqual(['linkedin|p1']);
  });

  it('a page read again finds its copies from its list, without band rows', async () => {
    await recordObservation(db, { observation: page(1, ORIGINAL), now: 1000 });
    await recordObservation(db, { observation: page(2, COPY), now: 2000 });
    await db.summaryBands.clear();
    const again = await recordObservation(db, { observation: page(2, COPY), now: 3000 });
    expect(again.assessment.results.find((r) => r.signalId === 'reused-resume-text')?.status).toBe('hit');
    // Nothing was filed again: the row was listed already.
    expect(await db.summaryBands.count()).toBe(0);
  });

  it('a row without a list is looked up through its band rows, and filed with one', async () => {
    await recordObservation(db, { observation: page(1, ORIGINAL), now: 1000 });
    await recordObservation(db, { observation: page(2, COPY), now: 2000 });
    // As stored before lists existed.
    await db.summaryFingerprints.toCollection().modify((r) => void delete r.near);
    const again = await recordObservation(db, { observation: page(2, COPY), now: 3000 });
    expect(again.assessment.results.find((r) => r.signalId === 'reused-resume-text')?.status).toBe('hit');
    expect(await nearOf('linkedin|p2')).toEqual(['linkedin|p1']);
    expect(await nearOf('linkedin|p1')).toBeUndefined();
  });
});
