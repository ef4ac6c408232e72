import type { CandidateObservation } from '../../../lib/candidate/observation';

/** A terse observation for tests; only what a case cares about needs saying. */
export function makeObservation(overrides: Partial<CandidateObservation> = {}): CandidateObservation {
  return {
    source: 'greenhouse',
    pageUrl: 'https://app.greenhouse.io/people/1',
    observedAt: 0,
    names: [],
    emails: [],
    phones: [],
    links: [],
    employment: [],
    education: [],
    skills: [],
    ...overrides,
  };
}
