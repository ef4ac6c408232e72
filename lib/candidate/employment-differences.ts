import type { SourceProfile } from './candidate-view';
import { monthOf, monthSpan, monthsApart, type MonthSpan } from './month-span';
import { normaliseOrganisation } from './normalise-organisation';
import type { Employment } from './observation';

/**
 * Dates of one employer further apart than this are a difference. Three months absorbs rounding,
 * a notice period, an offer accepted before the first day, and a year written without its month.
 */
export const EMPLOYMENT_TOLERANCE_MONTHS = 3;

export interface EmploymentDifference {
  /** The employer as the first page writes it. */
  employer: string;
  /** "2019-03 to present", as each page dates its time there. */
  left: string;
  right: string;
}

type End = { kind: 'open' } | { kind: 'closed'; text: string; span: MonthSpan } | { kind: 'unknown' };

/** One continuous stretch at one employer, from all of a page's entries (roles) there. */
interface Tenure {
  employer: string;
  start?: { text: string; span: MonthSpan };
  end: End;
}

type Page = Pick<SourceProfile, 'employment' | 'observedAt'>;

/**
 * Compares two pages' work histories, employer by employer, and reports an employer both list whose
 * dates disagree. Deliberately narrow, so that a shorter or older page is never a difference:
 * - only employers on both pages are compared (one page leaving a job out says nothing);
 * - a page's roles at one employer merge into one stretch (LinkedIn lists each role, a résumé the
 *   whole time); when they leave a gap (two stints), that employer is not compared, since the other
 *   page may list only one stint;
 * - start dates, and end dates both pages give, differ by more than the tolerance;
 * - "present" on one page against an end on the other counts only when the page saying "present"
 *   mentions a date more than the tolerance after that end: only then was it certainly written after
 *   the other page says the job ended (a résumé written while in the job is not a contradiction).
 * Different employers in the same period are not compared: concurrent jobs, agency contracts and
 * partial histories make that unreadable without knowing when each page was written.
 */
export function employmentDifferences(a: Page, b: Page): { compared: number; differences: EmploymentDifference[] } {
  const left = tenures(a.employment);
  const right = tenures(b.employment);
  const writtenA = writtenNoEarlierThan(a);
  const writtenB = writtenNoEarlierThan(b);
  let compared = 0;
  const differences: EmploymentDifference[] = [];
  for (const [key, x] of left) {
    const y = right.get(key);
    if (x === undefined || y === undefined) continue;
    compared++;
    const startsDiffer = x.start !== undefined && y.start !== undefined && monthsApart(x.start.span, y.start.span) > EMPLOYMENT_TOLERANCE_MONTHS;
    if (startsDiffer || endsDiffer(x.end, y.end, writtenA, writtenB)) {
      differences.push({ employer: x.employer, left: datesOf(x), right: datesOf(y) });
    }
  }
  return { compared, differences };
}

function endsDiffer(x: End, y: End, writtenX: number | undefined, writtenY: number | undefined): boolean {
  if (x.kind === 'closed' && y.kind === 'closed') return monthsApart(x.span, y.span) > EMPLOYMENT_TOLERANCE_MONTHS;
  if (x.kind === 'open' && y.kind === 'closed') return writtenX !== undefined && writtenX - y.span.last > EMPLOYMENT_TOLERANCE_MONTHS;
  if (x.kind === 'closed' && y.kind === 'open') return writtenY !== undefined && writtenY - x.span.last > EMPLOYMENT_TOLERANCE_MONTHS;
  return false;
}

/** The latest month a page's work history mentions (never after it was read): it was written then or later. */
function writtenNoEarlierThan(page: Page): number | undefined {
  const months = page.employment.flatMap((job) => [monthSpan(job.start)?.first, monthSpan(job.end)?.first]).filter((m): m is number => m !== undefined);
  return months.length === 0 ? undefined : Math.min(Math.max(...months), monthOf(page.observedAt));
}

function datesOf(t: Tenure): string {
  const end = t.end.kind === 'open' ? 'present' : t.end.kind === 'closed' ? t.end.text : '?';
  return `${t.start?.text ?? '?'} to ${end}`;
}

/** Tenures by employer key; `undefined` for an employer whose entries cannot be read as one stretch. */
function tenures(jobs: readonly Employment[]): Map<string, Tenure | undefined> {
  const groups = new Map<string, Employment[]>();
  for (const job of jobs) {
    const key = job.organisation === undefined ? '' : normaliseOrganisation(job.organisation);
    if (key !== '') groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  return new Map([...groups].map(([key, group]) => [key, tenureOf(group)]));
}

function endOf(job: Employment): End {
  if (job.current === true) return { kind: 'open' };
  const span = monthSpan(job.end);
  return job.end !== undefined && span !== undefined ? { kind: 'closed', text: job.end, span } : { kind: 'unknown' };
}

function startOf(job: Employment): Tenure['start'] {
  const span = monthSpan(job.start);
  return job.start !== undefined && span !== undefined ? { text: job.start, span } : undefined;
}

function tenureOf(group: readonly Employment[]): Tenure | undefined {
  const employer = group[0]?.organisation ?? '';
  const [only] = group;
  if (group.length === 1 && only !== undefined) {
    const start = startOf(only);
    return { employer, ...(start ? { start } : {}), end: endOf(only) };
  }
  // Several roles: each needs a start and a known end to tell one stretch from two stints.
  const dated = group.map((job) => ({ start: startOf(job), end: endOf(job) }));
  if (dated.some((d) => d.start === undefined || d.end.kind === 'unknown')) return undefined;
  const sorted = dated.sort((x, y) => (x.start?.span.first ?? 0) - (y.start?.span.first ?? 0));
  let reach = -Infinity;
  let last: End = { kind: 'unknown' };
  for (const { start, end } of sorted) {
    if (start === undefined) return undefined;
    if (reach !== -Infinity && start.span.first - reach > EMPLOYMENT_TOLERANCE_MONTHS) return undefined;
    const until = end.kind === 'open' ? Infinity : end.kind === 'closed' ? end.span.last : reach;
    if (until >= reach) {
      reach = until;
      last = end;
    }
  }
  return { employer, ...(sorted[0]?.start ? { start: sorted[0].start } : {}), end: last };
}
