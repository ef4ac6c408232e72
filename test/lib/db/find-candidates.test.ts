import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type HireProofDb } from '../../../lib/db/database';
import { findCandidates } from '../../../lib/db/find-candidates';
import { recordObservation } from '../../../lib/db/record-observation';
import { makeObservation } from '../candidate/make-observation';

let db: HireProofDb;
const ids: Record<string, string> = {};

// Seen in this order, so the most recently seen is last.
const PEOPLE = [
  { who: 'jordan', names: ['Jordan Ellis'], emails: ['jordan.ellis@gmail.com'], source: 'linkedin' },
  { who: 'jordana', names: ['Jordana Ruiz'], emails: [], source: 'greenhouse' },
  { who: 'ines', names: ['Inês Duarte', 'Ines D.'], emails: ['ines@example.org'], source: 'greenhouse' },
  { who: 'li', names: ['李明'], emails: [], source: 'github' },
  { who: 'maryjane', names: ['Mary-Jane Watson'], emails: [], source: 'greenhouse' },
];

beforeAll(async () => {
  db = openDatabase('find-candidates');
  let at = 1000;
  for (const [i, p] of PEOPLE.entries()) {
    const observation = makeObservation({ names: p.names, emails: p.emails, source: p.source, siteCandidateId: String(i), pageUrl: `https://example.com/${i}` });
    ids[p.who] = (await recordObservation(db, { observation, now: at++ })).candidateId;
  }
});
afterAll(async () => {
  db.close();
  await db.delete();
});

const find = async (query: string, open: string[] = [], limit = 8) =>
  (await findCandidates(db, { query, openCandidateIds: new Set(open.map((w) => ids[w] ?? w)), limit })).map((m) => PEOPLE.find((p) => ids[p.who] === m.id)?.who);

describe('findCandidates', () => {
  it.each([
    { name: 'empty query: most recently seen first', query: '', expected: ['maryjane', 'li', 'ines', 'jordana', 'jordan'] },
    { name: 'empty query: open in a tab first', query: '  ', open: ['jordana'], expected: ['jordana', 'maryjane', 'li', 'ines', 'jordan'] },
    { name: 'a word prefix matches every name it starts', query: 'jord', expected: ['jordana', 'jordan'] },
    { name: 'words in any order, each a prefix', query: 'ell jor', expected: ['jordan'] },
    { name: 'diacritics and case folded', query: 'INES duarte', expected: ['ines'] },
    { name: 'another name the candidate was seen under', query: 'ines d', expected: ['ines'] },
    { name: 'a whole name as a meeting shows it', query: 'Mary Jane Watson', expected: ['maryjane'] },
    { name: 'a name in another script', query: '李明', expected: ['li'] },
    { name: 'no match', query: 'Zed', expected: [] },
    { name: 'an e-mail address through the identity keys, folded', query: 'Jordan.Ellis+jobs@googlemail.com', expected: ['jordan'] },
    { name: 'an unknown e-mail address finds nobody', query: 'nobody@example.org', expected: [] },
    { name: 'the limit', query: '', limit: 2, expected: ['maryjane', 'li'] },
    { name: 'an open tab that does not match the query is not offered', query: 'ines', open: ['jordan'], expected: ['ines'] },
    { name: 'an open tab whose candidate is gone is ignored', query: '', open: ['deleted-id'], limit: 1, expected: ['maryjane'] },
  ])('$name', async ({ query, open, limit, expected }) => {
    expect(await find(query, open, limit)).toEqual(expected);
  });

  it('describes each match: names, sources, when last seen, open in a tab', async () => {
    const [match] = await findCandidates(db, { query: 'ines', openCandidateIds: new Set([ids.ines ?? '']), limit: 8 });
    expect(match).toEqual({
      id: ids.ines,
      displayName: 'Inês Duarte',
      otherNames: ['Ines D.'],
      sources: ['Greenhouse'],
      lastSeenAt: 1002,
      openInTab: true,
    });
  });
});
