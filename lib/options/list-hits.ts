/**
 * How many candidates each stored list currently flags, counted from the stored assessments (one
 * per candidate) rather than kept as a running total: the number then follows re-assessments,
 * false-positive marks and deleted candidates without any bookkeeping.
 *
 * List-based signals name the list in their evidence as `listId`; evidence written before they did
 * only has `listTitle`, which is matched against the titles of the stored lists (every list with
 * that title counts it, since a title alone cannot tell them apart).
 */

export interface HitAssessment {
  candidateId: string;
  results: ReadonlyArray<{
    status: string;
    falsePositive: boolean;
    evidence: ReadonlyArray<{ data: Readonly<Record<string, string | number>> }>;
  }>;
}

export interface ListHits {
  /** Distinct candidates whose current assessment has a hit naming the list. */
  candidates: number;
  /** Of those, the candidates whose every hit naming the list a recruiter marked as a false positive. */
  falsePositives: number;
}

export interface ListHitCounter {
  add: (assessment: HitAssessment) => void;
  result: () => Map<string, ListHits>;
}

/** A counter fed one assessment at a time, so a large database is streamed, never loaded whole. */
export function createListHitCounter(lists: ReadonlyArray<{ id: string; title: string }>): ListHitCounter {
  const idsByTitle = new Map<string, string[]>();
  for (const list of lists) idsByTitle.set(list.title, [...(idsByTitle.get(list.title) ?? []), list.id]);
  const counts = new Map<string, ListHits>(lists.map((list) => [list.id, { candidates: 0, falsePositives: 0 }]));
  const seenCandidates = new Set<string>();

  const listsNamedBy = (data: Readonly<Record<string, string | number>>): readonly string[] => {
    if (typeof data.listId === 'string') return [data.listId];
    if (typeof data.listTitle === 'string') return idsByTitle.get(data.listTitle) ?? [];
    return [];
  };

  return {
    add(assessment) {
      if (seenCandidates.has(assessment.candidateId)) return;
      seenCandidates.add(assessment.candidateId);
      // List id -> whether at least one of its hits still counts (is not marked false positive).
      const hit = new Map<string, boolean>();
      for (const result of assessment.results) {
        if (result.status !== 'hit') continue;
        for (const evidence of result.evidence) {
          for (const id of listsNamedBy(evidence.data)) hit.set(id, (hit.get(id) ?? false) || !result.falsePositive);
        }
      }
      for (const [id, counting] of hit) {
        const entry = counts.get(id);
        // Lists that are no longer stored are not shown, so they are not counted either.
        if (!entry) continue;
        entry.candidates++;
        if (!counting) entry.falsePositives++;
      }
    },
    result: () => new Map([...counts].map(([id, hits]) => [id, { ...hits }])),
  };
}

export function countListHits(assessments: Iterable<HitAssessment>, lists: ReadonlyArray<{ id: string; title: string }>): Map<string, ListHits> {
  const counter = createListHitCounter(lists);
  for (const assessment of assessments) counter.add(assessment);
  return counter.result();
}
