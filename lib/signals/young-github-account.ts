import { defineSignal } from './define-signal';

const DAY_MS = 86_400_000;
/** Accounts younger than this are reported; about six months, long enough to build any real history. */
const YOUNG_DAYS = 180;

/**
 * Start of a partial date (`2025`, `2025-03`, `2025-03-14`) in epoch ms, UTC. The start is the
 * earliest the account can have been created, so the age is never understated.
 */
function startOf(partial: string): number | undefined {
  const [y, m = '01', d = '01'] = partial.split('-');
  const ms = Date.parse(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A GitHub account created shortly before the application. */
export default defineSignal({
  id: 'young-github-account',
  meta: {
    title: 'Recently created GitHub account',
    description:
      `Reads the "Joined" date of the applicant's GitHub profile and reports accounts younger than ${YOUNG_DAYS} days. ` +
      'Advisories describe freshly made profiles filled with copied repositories; weight 0.15 because new graduates and career changers also open accounts when they start applying.',
    severity: 'low',
    status: 'experimental',
    requires: ['accountCreatedAt'],
    weight: 0.15,
    falsePositives: [
      'Students, new graduates and career changers creating their first account',
      'A developer who opened a separate account for job applications, keeping work accounts private',
    ],
    references: [
      'https://www.ic3.gov/PSA/2025/PSA250123',
      'https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/',
    ],
    messages: {
      young: 'GitHub account joined {joined}, {ageDays} days before this check',
    },
  },
  evaluate(candidate, ctx) {
    const joined = candidate.accountCreatedAt['github'];
    if (joined === undefined) return { status: 'skip', reason: 'No GitHub join date was shown' };
    const start = startOf(joined);
    if (start === undefined) return { status: 'skip', reason: 'The GitHub join date could not be read' };
    if (start > ctx.now) return { status: 'skip', reason: 'The GitHub join date is later than the time of this check' };
    const ageDays = Math.floor((ctx.now - start) / DAY_MS);
    if (ageDays >= YOUNG_DAYS) return { status: 'miss' };
    return { status: 'hit', evidence: [{ messageId: 'young', data: { joined, ageDays } }] };
  },
});
