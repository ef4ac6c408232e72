import { claimedExperience } from '../candidate/claimed-experience';
import { siteLabel } from '../sites';
import { findTechnology } from './data/technology-releases';
import { defineSignal, type Evidence } from './define-signal';

/**
 * Years allowed beyond a technology's age: previews, betas and early-access programmes before the
 * public release, and a claim rounded up by a few months.
 */
const GRACE_YEARS = 1;
const YEAR_MS = 365.25 * 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Epoch ms of the first day a `YYYY` or `YYYY-MM` release date can mean: the age is never understated. */
function releasedAt(released: string): number {
  const [year, month = '01'] = released.split('-');
  return Date.UTC(Number(year), Number(month) - 1, 1);
}

/** "June 2014", or "2014" when only the year is known. */
function releasedText(released: string): string {
  const [year, month] = released.split('-');
  return month === undefined ? (year ?? released) : `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** More years with a technology than it has existed, read from headlines, summaries, skills and job titles. */
export default defineSignal({
  id: 'anachronistic-skill',
  meta: {
    title: 'Experience claimed before a technology existed',
    description:
      'Reads claims such as "10+ years of Kubernetes" or "Rust (7 yrs)" in headlines, summaries, skills and job titles and compares them with when the technology ' +
      `was first publicly released (a sourced table kept in the extension), allowing ${GRACE_YEARS} year for previews and rounding and counting up to the day the page was read. ` +
      'Invented histories sometimes claim the impossible; weight 0.15 because genuine résumés exaggerate too, often to pass keyword filters.',
    severity: 'low',
    status: 'experimental',
    requires: ['headline', 'summary', 'skills', 'employment'],
    weight: 0.15,
    falsePositives: [
      'Work at the company that built it before its public release (Borg before Kubernetes, React inside Facebook)',
      'Years counted for a whole area (containers, cloud) or a predecessor (AngularJS for Angular, Hudson for Jenkins) and written against one product',
      'A name shared with something older (SWIFT payments, Spring as a season) that the text does not qualify',
      'A résumé keyword-stuffed to match a job advert that asked for more years than the technology has had',
    ],
    references: [
      'https://www.ic3.gov/PSA/2025/PSA250123',
      'https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat',
    ],
    messages: {
      anachronism: '"{phrase}" on {site} claims {claimed} years of {technology}; {technology} was first publicly released in {released}, {age} years before the page was read ({source})',
    },
  },
  evaluate(candidate) {
    const texts = candidate.profiles.flatMap((p) =>
      [p.headline, p.summary, ...p.skills, ...p.employment.map((e) => e.title)].flatMap((text) => (text ? [{ text, profile: p }] : [])),
    );
    if (texts.length === 0) return { status: 'skip', reason: 'No headline, summary, skills or job titles to read claimed experience from' };
    const claims = texts.flatMap(({ text, profile }) =>
      claimedExperience(text).flatMap((claim) => {
        const technology = findTechnology(claim.subject, claim.anchor);
        return technology ? [{ claim, technology, profile }] : [];
      }),
    );
    if (claims.length === 0) return { status: 'skip', reason: 'No claim of years with a technology in the release table' };
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    for (const { claim, technology, profile } of claims) {
      const age = (profile.observedAt - releasedAt(technology.released)) / YEAR_MS;
      // One line per technology and number of years: the same claim on several pages is one claim.
      const key = `${technology.name} ${claim.years}`;
      if (claim.years <= age + GRACE_YEARS || seen.has(key)) continue;
      seen.add(key);
      evidence.push({
        messageId: 'anachronism',
        data: {
          phrase: claim.phrase,
          site: siteLabel(profile.source),
          claimed: claim.years,
          technology: technology.name,
          released: releasedText(technology.released),
          age: Math.max(0, Math.floor(age * 10) / 10),
          source: technology.source,
        },
      });
    }
    return evidence.length > 0 ? { status: 'hit', evidence } : { status: 'miss' };
  },
});
