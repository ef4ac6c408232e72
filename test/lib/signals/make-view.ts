import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { ListMatch, ReuseMatch, SignalContext } from '../../../lib/signals/define-signal';

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
    ipAddresses: [],
    utcOffsets: [],
    employerDomains: [],
    liveness: [],
    profiles: [],
    messageTimes: [],
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

/** A list match on an e-mail by default, overridden by `fields`. */
export function makeListMatch(fields: Partial<ListMatch> = {}): ListMatch {
  return {
    listId: 'known-bad',
    listTitle: 'Known bad identities',
    category: 'fraud-indicators',
    kind: 'email',
    value: 'ops@evil.example',
    query: 'ops@evil.example',
    ...fields,
  };
}

/** One enabled list of each category unless `enabled` says otherwise. */
export const listsWith = (matches: ListMatch[], enabled = { 'fraud-indicators': 1, 'vpn-hosting': 1 }): SignalContext['lists'] => ({ enabled, matches });
