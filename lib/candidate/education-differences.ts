import { degreeLevel } from './degree-level';
import { normaliseOrganisation } from './normalise-organisation';
import type { Education } from './observation';

/** Years of one degree further apart than this are a difference: academic years straddle two calendar years. */
export const EDUCATION_TOLERANCE_YEARS = 1;

export interface EducationDifference {
  /** The school as the first page writes it. */
  school: string;
  /** "BSc Computer Science, 2010 to 2014", as each page gives it. */
  left: string;
  right: string;
}

/**
 * Compares two pages' education, school by school. Only a school with exactly one entry on each page
 * is compared (with two, which degree is which is a guess), and only when both entries name a degree
 * level (lib/candidate/degree-level.ts):
 * - the same level, with start or end years more than the tolerance apart;
 * - different levels finishing in the same year (a bachelor's on one page where the other has a
 *   master's at the same school and time). Different levels in different years are two degrees.
 */
export function educationDifferences(a: readonly Education[], b: readonly Education[]): { compared: number; differences: EducationDifference[] } {
  const left = bySchool(a);
  const right = bySchool(b);
  let compared = 0;
  const differences: EducationDifference[] = [];
  for (const [key, xs] of left) {
    const ys = right.get(key) ?? [];
    const [x] = xs;
    const [y] = ys;
    if (xs.length !== 1 || ys.length !== 1 || x === undefined || y === undefined) continue;
    const lx = degreeLevel(x.degree);
    const ly = degreeLevel(y.degree);
    if (lx === undefined || ly === undefined) continue;
    compared++;
    const differ = lx === ly ? apart(x.start, y.start) || apart(x.end, y.end) : sameYear(x.end, y.end);
    if (differ) differences.push({ school: x.school ?? '', left: describe(x), right: describe(y) });
  }
  return { compared, differences };
}

function yearOf(partial: string | undefined): number | undefined {
  return partial === undefined ? undefined : Number(partial.slice(0, 4));
}

function apart(x: string | undefined, y: string | undefined): boolean {
  const [yx, yy] = [yearOf(x), yearOf(y)];
  return yx !== undefined && yy !== undefined && Math.abs(yx - yy) > EDUCATION_TOLERANCE_YEARS;
}

function sameYear(x: string | undefined, y: string | undefined): boolean {
  const [yx, yy] = [yearOf(x), yearOf(y)];
  return yx !== undefined && yx === yy;
}

function describe(e: Education): string {
  const years = e.start === undefined && e.end === undefined ? 'no dates' : `${e.start ?? '?'} to ${e.end ?? '?'}`;
  return `${e.degree ?? 'no degree given'}, ${years}`;
}

function bySchool(entries: readonly Education[]): Map<string, Education[]> {
  const out = new Map<string, Education[]>();
  for (const e of entries) {
    const key = e.school === undefined ? '' : normaliseOrganisation(e.school);
    if (key !== '') out.set(key, [...(out.get(key) ?? []), e]);
  }
  return out;
}
