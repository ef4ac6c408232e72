import type { SourceProfile } from '../candidate/candidate-view';
import { educationDifferences } from '../candidate/education-differences';
import { employmentDifferences, EMPLOYMENT_TOLERANCE_MONTHS } from '../candidate/employment-differences';
import { namesAgree, normaliseName } from '../candidate/normalise-name';
import { siteLabel } from '../sites';
import { defineSignal, type Evidence } from './define-signal';

/** Evidence lines shown; the rest are counted. */
const MAX_EVIDENCE = 10;

/** Names with at least one full word: initials alone ("J. E.") cannot disagree with anything. */
function comparableNames(names: readonly string[]): string[] {
  return names.filter((n) => normaliseName(n).split(' ').some((t) => [...t].length >= 2));
}

/** Pages that claim exactly the same things compare the same way: one of each (many mails from one sender are one). */
function distinctClaims(profiles: readonly SourceProfile[]): SourceProfile[] {
  const seen = new Set<string>();
  return profiles.filter((p) => {
    const key = JSON.stringify([p.source, p.names, p.employment, p.education]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Pages of one candidate on different sites that disagree about name, employment dates or education. */
export default defineSignal({
  id: 'profile-mismatch',
  meta: {
    title: 'Profiles on different sites disagree',
    description:
      'Compares what each site says about the same applicant: names that are not spellings of one another, the same employer with start or end dates ' +
      `more than ${EMPLOYMENT_TOLERANCE_MONTHS} months apart, and the same school with a different degree or years. Identities assembled for applications are ` +
      'often inconsistent from one platform to another. A shorter or older page is never counted as a difference. Weight 0.3: people update one profile and not another.',
    severity: 'medium',
    status: 'experimental',
    requires: ['names', 'employment', 'education'],
    weight: 0.3,
    falsePositives: [
      'A name change (marriage, divorce, transition) shown on one site and not yet on another',
      'A transliteration or a chosen first name used on one site (Mohammed / Muhammad, Robert / Bob)',
      'Dates rounded, estimated from memory, or counted from an offer rather than the first day',
      'Contract-to-hire: time as a contractor counted on one site and not on the other, or an agency (employer of record) named instead of the client',
      'A profile not updated since a job ended, or a degree listed while still studying',
    ],
    references: [
      'https://www.ic3.gov/PSA/2025/PSA250123',
      'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
      'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
    ],
    messages: {
      name: 'Name on {leftSite}: "{leftName}"; on {rightSite}: "{rightName}"',
      employment: '{employer}: {leftDates} on {leftSite}; {rightDates} on {rightSite}',
      education: '{school}: {leftDegree} on {leftSite}; {rightDegree} on {rightSite}',
      more: '{count} more differences',
    },
  },
  evaluate(candidate) {
    const profiles = distinctClaims(candidate.profiles);
    if (new Set(profiles.map((p) => p.source)).size < 2) return { status: 'skip', reason: 'Seen on one site only; there is nothing to compare across sites' };
    let compared = 0;
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    const add = (e: Evidence) => {
      const key = JSON.stringify(e);
      if (seen.has(key)) return;
      seen.add(key);
      evidence.push(e);
    };
    // Newest page on the left, as the merged view shows the newest first.
    profiles.forEach((a, i) => {
      for (const b of profiles.slice(i + 1)) {
        if (a.source === b.source) continue;
        const sites = { leftSite: siteLabel(a.source), rightSite: siteLabel(b.source) };
        const [na, nb] = [comparableNames(a.names), comparableNames(b.names)];
        if (na.length > 0 && nb.length > 0) {
          compared++;
          if (!namesAgree(na, nb)) add({ messageId: 'name', data: { leftName: na.join(' / '), rightName: nb.join(' / '), ...sites } });
        }
        const jobs = employmentDifferences(a, b);
        const schools = educationDifferences(a.education, b.education);
        compared += jobs.compared + schools.compared;
        for (const d of jobs.differences) add({ messageId: 'employment', data: { employer: d.employer, leftDates: d.left, rightDates: d.right, ...sites } });
        for (const d of schools.differences) add({ messageId: 'education', data: { school: d.school, leftDegree: d.left, rightDegree: d.right, ...sites } });
      }
    });
    if (compared === 0) return { status: 'skip', reason: 'No name, employer or school appears on two sites in a form that can be compared' };
    if (evidence.length === 0) return { status: 'miss' };
    const shown = evidence.slice(0, MAX_EVIDENCE);
    if (evidence.length > MAX_EVIDENCE) shown.push({ messageId: 'more', data: { count: evidence.length - MAX_EVIDENCE } });
    return { status: 'hit', evidence: shown };
  },
});
