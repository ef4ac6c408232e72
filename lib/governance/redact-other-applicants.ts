import type { Assessment } from '../risk/assessment';

/** What stands in for another applicant's name and page in an export. */
export const OTHER_APPLICANT = 'another applicant';
export const WITHHELD = '(withheld)';

/** Evidence data naming another applicant (lib/signals/reuse-evidence.ts, reused-photo.ts), and its stand-in. */
const REDACTED_KEYS: Readonly<Record<string, string>> = { otherName: OTHER_APPLICANT, otherPageUrl: WITHHELD };

/**
 * The assessment as it may go to the applicant: evidence of a match with another applicant says
 * that there is one, on which site and when, but not who or where. Their name and page address are
 * replaced in the evidence data and wherever the rendered texts and the explanation repeat them.
 * A subject access request covers the applicant's data, not other people's (GDPR art. 15(4)).
 */
export function redactOtherApplicants(assessment: Assessment): Assessment {
  const replacements = new Map<string, string>();
  for (const result of assessment.results) {
    for (const evidence of result.evidence) {
      for (const [key, standIn] of Object.entries(REDACTED_KEYS)) {
        const value = evidence.data[key];
        if (typeof value === 'string' && value !== '') replacements.set(value, standIn);
      }
    }
  }
  if (replacements.size === 0) return assessment;
  // Longest first: a page address can contain a shorter name ("…/in/sam-okafor" and "Sam").
  const ordered = [...replacements].sort((a, b) => b[0].length - a[0].length);
  const redact = (text: string) => ordered.reduce((t, [value, standIn]) => t.split(value).join(standIn), text);
  return {
    ...assessment,
    results: assessment.results.map((result) => ({
      ...result,
      evidence: result.evidence.map((e) => ({
        ...e,
        data: Object.fromEntries(Object.entries(e.data).map(([key, value]) => [key, Object.hasOwn(REDACTED_KEYS, key) ? (REDACTED_KEYS[key] ?? WITHHELD) : value])),
        text: redact(e.text),
      })),
    })),
    explanation: assessment.explanation.map(redact),
  };
}
