import { AssessmentSchema, type Assessment, type SignalResult } from '../../lib/risk/assessment';
import type { AdapterHealth } from '../../lib/candidate/observation';
import type { PanelCandidate } from '../../components/CandidateSummary';

/** Realistic fixtures for the panel tests; every assessment is parsed with the real schema. */

export const ASSESSED_AT = new Date(2026, 10, 20, 9, 30).getTime();

export function makeResult(overrides: Partial<SignalResult> & Pick<SignalResult, 'signalId'>): SignalResult {
  return {
    title: overrides.signalId,
    severity: 'medium',
    weight: 0.3,
    status: 'miss',
    evidence: [],
    falsePositive: false,
    contribution: 0,
    ...overrides,
  };
}

export const disposableEmailHit = makeResult({
  signalId: 'disposable-email',
  title: 'Disposable e-mail provider',
  severity: 'medium',
  weight: 0.35,
  status: 'hit',
  contribution: 22,
  evidence: [
    {
      messageId: 'disposable',
      data: { email: 'jdoe.dev@mailinator.com', domain: 'mailinator.com' },
      text: 'jdoe.dev@mailinator.com uses a disposable mail provider (mailinator.com).',
    },
  ],
});

export const emailReuseHit = makeResult({
  signalId: 'identity-reuse-email',
  title: 'E-mail shared with another candidate',
  severity: 'high',
  weight: 0.6,
  status: 'hit',
  contribution: 52,
  evidence: [
    {
      messageId: 'reuse',
      data: { email: 'j.doe@gmail.com', otherName: 'Alex Kim', otherSource: 'greenhouse' },
      text: 'The e-mail j.doe@gmail.com was also seen on candidate Alex Kim (Greenhouse, 2026-11-02).',
    },
  ],
});

export const voipPhoneFalsePositive = makeResult({
  signalId: 'voip-phone',
  title: 'Phone number is VoIP',
  severity: 'low',
  weight: 0.15,
  status: 'hit',
  falsePositive: true,
  contribution: 0,
  evidence: [{ messageId: 'voip', data: { phone: '+14155550134' }, text: '+1 415-555-0134 is a VoIP number.' }],
});

export const listMatchClean = makeResult({ signalId: 'list-match', title: 'Identifier on a security list' });
export const timezoneClean = makeResult({ signalId: 'timezone-mismatch', title: 'Time zone differs from location' });

export const accountAgeSkipped = makeResult({
  signalId: 'young-account',
  title: 'Recently created account',
  status: 'skip',
  skipReason: 'No account creation date on the pages seen so far.',
});
export const employmentSkipped = makeResult({
  signalId: 'tech-before-release',
  title: 'Technology claimed before it existed',
  status: 'skip',
  skipReason: 'No work history was found on the page.',
});

/** LinkedIn page where the work history and education sections were not found. */
export const linkedInHealth: AdapterHealth = {
  adapterId: 'linkedin',
  adapterLabel: 'LinkedIn',
  expected: ['names', 'headline', 'location', 'employment', 'education'],
  found: ['names', 'headline', 'location'],
  problems: ['experience section not found'],
};

export const healthyLinkedIn: AdapterHealth = { ...linkedInHealth, found: [...linkedInHealth.expected], problems: [] };

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return AssessmentSchema.parse({
    candidateId: 'cand-1',
    assessedAt: ASSESSED_AT,
    score: 0,
    band: 'low',
    results: [],
    explanation: [],
    ...overrides,
  });
}

/** Two counted hits, one hit marked false positive, two clean, two skipped: 74/100, high. */
export const highAssessment: Assessment = makeAssessment({
  score: 74,
  band: 'high',
  // Deliberately unordered: the panel groups hits, then clean, then skipped.
  results: [
    listMatchClean,
    accountAgeSkipped,
    voipPhoneFalsePositive,
    disposableEmailHit,
    timezoneClean,
    employmentSkipped,
    emailReuseHit,
  ],
  explanation: [
    'The e-mail j.doe@gmail.com was also seen on candidate Alex Kim (+52).',
    'jdoe.dev@mailinator.com uses a disposable mail provider (+22).',
    'Recently created account was not checked: no account creation date.',
    'Technology claimed before it existed was not checked: no work history.',
  ],
  health: linkedInHealth,
  // Only the work-history check needs a field this page lacked; the account-age check skips anyway.
  skippedByLayout: [employmentSkipped.signalId],
});

export const elevatedAssessment: Assessment = makeAssessment({
  score: 42,
  band: 'elevated',
  results: [{ ...emailReuseHit, contribution: 42, weight: 0.42 }, listMatchClean],
  explanation: ['The e-mail j.doe@gmail.com was also seen on candidate Alex Kim (+42).'],
});

export const lowAssessment: Assessment = makeAssessment({
  score: 0,
  band: 'low',
  results: [listMatchClean, timezoneClean],
});

export const sampleCandidate: PanelCandidate = {
  id: 'cand-1',
  displayName: 'Jordan Doe',
  otherNames: ['J. Doe'],
  headline: 'Senior Backend Engineer',
  location: 'Austin, TX',
  sightings: [
    { source: 'linkedin', pageUrl: 'https://www.linkedin.com/in/jordan-doe', observedAt: new Date(2026, 10, 18, 14).getTime() },
    { source: 'greenhouse', pageUrl: 'https://app.greenhouse.io/people/123', observedAt: new Date(2026, 10, 20, 9).getTime() },
  ],
  flaggedForReview: false,
};

export const HOSTILE_MARKUP = '<img src=x onerror=alert(1)>';
export const HOSTILE_URL = 'javascript:alert(1)';
