import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { ReuseMatch, SignalContext } from '../../../lib/signals/define-signal';

/** A candidate view with every list empty, overridden by `fields`. */
export function makeView(fields: Partial<CandidateView> = {}): CandidateView {
  return {
    id: 'c-1',
    displayName: 'Jordan Ellis',
    names: ['Jordan Ellis'],
    emails: [],
    phones: [],
    links: [],
    employment: [],
    education: [],
    skills: [],
    accountCreatedAt: {},
    sightings: [],
    ...fields,
  };
}

/** 2026-12-01T00:00:00Z, the fixed "now" of signal tests. */
export const NOW = Date.UTC(2026, 11, 1);

export function makeCtx(fields: Partial<SignalContext> = {}): SignalContext {
  return { now: NOW, reuse: [], isDisposableEmailDomain: () => false, ...fields };
}

export function makeMatch(fields: Partial<ReuseMatch> & Pick<ReuseMatch, 'keyKind' | 'keyValue'>): ReuseMatch {
  return {
    otherCandidateId: 'c-2',
    otherName: 'Sam Okafor',
    otherSource: 'greenhouse',
    otherPageUrl: 'https://boards.greenhouse.io/acme/applications/42',
    otherSeenAt: Date.UTC(2026, 10, 20, 15, 30),
    ...fields,
  };
}
