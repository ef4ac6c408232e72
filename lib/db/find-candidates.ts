import { normaliseEmail } from '../candidate/normalise-email';
import { namesAgree, normaliseName } from '../candidate/normalise-name';
import { siteLabel } from '../sites';
import type { CandidateMatch } from '../meeting/record-protocol';
import type { HireProofDb } from './database';
import type { CandidateRecord } from './records';

/**
 * Candidates a recruiter may mean, for the meeting panel's picker: by name (each word typed starts a
 * word of one of the candidate's names, in any order, or the names agree as a whole), or by e-mail
 * address (through the identity keys). Candidates whose page is open in a tab come first: during an
 * interview the recruiter usually has the profile open. Then the most recently seen.
 * Scans newest first and stops at `limit`, so a common name costs little even with 100,000 stored.
 */
export async function findCandidates(
  db: HireProofDb,
  input: { query: string; openCandidateIds: ReadonlySet<string>; limit: number },
): Promise<CandidateMatch[]> {
  const { limit, openCandidateIds } = input;
  const query = input.query.trim();
  const chosen = new Map<string, CandidateRecord>();
  const choose = (found: readonly CandidateRecord[]) => {
    for (const c of found) if (chosen.size < limit) chosen.set(c.id, c);
  };
  const open = (await db.candidates.bulkGet([...openCandidateIds])).filter((c): c is CandidateRecord => c !== undefined);
  // An address is looked up as a key, whole; a name is matched word by word.
  const byEmail = query.includes('@');
  const matches = byEmail ? () => true : nameMatcher(query);
  if (byEmail) {
    const found = await candidatesWithEmail(db, query);
    choose([...found.filter((c) => openCandidateIds.has(c.id)), ...found]);
  } else choose(open.filter(matches));
  if (chosen.size < limit && !byEmail) {
    const recent = await db.candidates
      .orderBy('updatedAt')
      .reverse()
      .filter((c) => !chosen.has(c.id) && matches(c))
      .limit(limit - chosen.size)
      .toArray();
    for (const c of recent) chosen.set(c.id, c);
  }
  const records = [...chosen.values()];
  const observations = await db.observations.where('candidateId').anyOf(records.map((c) => c.id)).toArray();
  return records.map((c) => {
    const own = observations.filter((o) => o.candidateId === c.id).sort((a, b) => b.observedAt - a.observedAt);
    const headline = own[0]?.observation.headline;
    return {
      id: c.id,
      displayName: c.displayName,
      otherNames: c.names.filter((n) => n !== c.displayName).slice(0, 10),
      ...(headline === undefined ? {} : { headline: headline.slice(0, 300) }),
      sources: [...new Set(own.map((o) => siteLabel(o.observation.source)))].slice(0, 20),
      lastSeenAt: own[0]?.observedAt ?? c.updatedAt,
      openInTab: openCandidateIds.has(c.id),
    };
  });
}

/** Every query word begins a word of some name; or, for a whole name as a meeting shows it, the names agree. */
function nameMatcher(query: string): (c: CandidateRecord) => boolean {
  const words = normaliseName(query).split(' ').filter((w) => w !== '');
  if (words.length === 0) return () => true;
  return (c) =>
    c.names.some((name) => {
      const tokens = normaliseName(name).split(' ');
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    }) || (words.length > 1 && namesAgree(c.names, [query]));
}

async function candidatesWithEmail(db: HireProofDb, query: string): Promise<CandidateRecord[]> {
  const email = normaliseEmail(query);
  if (!email) return [];
  const key = await db.identityKeys.get(`email:${email.folded}`);
  const ids = [...new Set(key?.candidateIds ?? [])];
  return (await db.candidates.bulkGet(ids)).filter((c): c is CandidateRecord => c !== undefined);
}
