import { canonicalIp } from '../lists/ip';
import type { AddedEvidence, CandidateView, CanonicalLink, NormalisedEmail, NormalisedPhone, ObservedIp, ObservedOffset, SourceProfile, SourceSighting } from './candidate-view';
import { employerDomains } from './employer-domains';
import type { LivenessSummary } from '../liveness/liveness-summary';
import type { CandidateObservation } from './observation';
import { canonicalLink } from './normalise-link';
import { normaliseEmail } from './normalise-email';
import { normalisePhone } from './normalise-phone';

/** Sites whose page URL is itself the candidate's profile link on that site. */
const PROFILE_SITES = new Set(['linkedin', 'github']);
/** Most message times kept (the newest): plenty for a pattern, bounded against a flood of messages. */
export const MAX_MESSAGE_TIMES = 500;

/**
 * Merges every observation of one candidate into the view signals evaluate. Scalar fields (headline,
 * summary, location, photo) come from the newest observation that has them; names, e-mails, phones, links and
 * skills are unions (newest first); employment and education come whole from the newest observation
 * that lists any, because mixing job lists from two pages would invent a history nobody wrote; each
 * page's own claims stay available, unmerged, in `profiles`. Message times are a union, newest first.
 * Phones written without a country code are read in the region claimed on the same page, else the
 * newest claimed location. E-mails and links that do not parse are dropped; phones that do not parse
 * are kept with only `raw`.
 */
export function buildCandidateView(
  id: string,
  observations: readonly CandidateObservation[],
  added: readonly AddedEvidence[] = [],
  liveness: readonly LivenessSummary[] = [],
): CandidateView {
  // Newest first; ties broken by source and URL so the result never depends on input order.
  const obs = [...observations].sort(
    (x, y) => y.observedAt - x.observedAt || x.source.localeCompare(y.source) || x.pageUrl.localeCompare(y.pageUrl),
  );
  const location = obs.find((o) => o.location !== undefined)?.location;
  const names = distinct(obs.flatMap((o) => o.names.map((n) => n.trim())), (n) => n);
  const view: CandidateView = {
    id,
    displayName: names[0] ?? '',
    names,
    emails: distinct(
      obs.flatMap((o) => o.emails.map(normaliseEmail)).filter((e): e is NormalisedEmail => e !== undefined),
      (e) => e.folded,
    ),
    phones: distinct(
      // The region the page itself claimed, else the candidate's current claimed country.
      obs.flatMap((o) =>
        o.phones.filter((p) => p.trim() !== '').map((p) => normalisePhone(p, o.location?.country ?? location?.country)),
      ),
      (p: NormalisedPhone) => p.e164 ?? `raw:${p.raw.replace(/\D/g, '') || p.raw}`,
    ),
    links: distinct(obs.flatMap(linksOf), (l) => `${l.kind} ${l.url}`),
    employment: obs.find((o) => o.employment.length > 0)?.employment ?? [],
    education: obs.find((o) => o.education.length > 0)?.education ?? [],
    skills: distinct(obs.flatMap((o) => o.skills.map((s) => s.trim())), (s) => s.toLowerCase()),
    accountCreatedAt: {},
    sightings: distinct(
      obs.map((o): SourceSighting => ({ source: o.source, pageUrl: o.pageUrl, observedAt: o.observedAt })),
      (s) => `${s.source} ${s.pageUrl}`,
    ),
    ...networkEvidence(obs, added),
    employerDomains: [],
    liveness: [...liveness].sort((a, b) => b.endedAt - a.endedAt),
    profiles: obs.map(profileOf),
    messageTimes: [...new Set(obs.flatMap((o) => o.messageTimes ?? []))].sort((a, b) => b - a).slice(0, MAX_MESSAGE_TIMES),
  };
  view.employerDomains = employerDomains(view.employment, view.emails, view.links);
  const headline = obs.find((o) => o.headline !== undefined)?.headline;
  const summary = obs.find((o) => o.summary !== undefined)?.summary;
  const photoUrl = obs.find((o) => o.photoUrl !== undefined)?.photoUrl;
  if (headline !== undefined) view.headline = headline;
  if (summary !== undefined) view.summary = summary;
  if (location !== undefined) view.location = location;
  if (photoUrl !== undefined) view.photoUrl = photoUrl;
  for (const o of obs) {
    if (o.accountCreatedAt !== undefined && !Object.hasOwn(view.accountCreatedAt, o.source)) {
      view.accountCreatedAt[o.source] = o.accountCreatedAt;
    }
  }
  return view;
}

/** IPs and UTC offsets from pages and from the recruiter, newest first, each value once (its newest sighting). */
function networkEvidence(obs: readonly CandidateObservation[], added: readonly AddedEvidence[]): Pick<CandidateView, 'ipAddresses' | 'utcOffsets'> {
  const ips: ObservedIp[] = obs.flatMap((o) =>
    (o.ipAddresses ?? []).flatMap((raw) => {
      const ip = canonicalIp(raw.trim());
      return ip === undefined ? [] : [{ ip, source: o.source, observedAt: o.observedAt }];
    }),
  );
  const offsets: ObservedOffset[] = obs.flatMap((o) => (o.utcOffsetMinutes ?? []).map((minutes) => ({ minutes, source: o.source, observedAt: o.observedAt })));
  for (const a of added) {
    if (a.kind === 'ip') ips.push({ ip: a.ip, source: 'recruiter', observedAt: a.addedAt });
    else offsets.push({ minutes: a.minutes, source: 'recruiter', observedAt: a.addedAt });
  }
  const newestFirst = (x: { observedAt: number }, y: { observedAt: number }) => y.observedAt - x.observedAt;
  return {
    ipAddresses: distinct(ips.sort(newestFirst), (i) => i.ip),
    utcOffsets: distinct(offsets.sort(newestFirst), (o) => String(o.minutes)),
  };
}

/** One page's claims as it made them; names and skills trimmed as in the merged fields. */
function profileOf(o: CandidateObservation): SourceProfile {
  const profile: SourceProfile = {
    source: o.source,
    pageUrl: o.pageUrl,
    observedAt: o.observedAt,
    names: distinct(o.names.map((n) => n.trim()), (n) => n),
    employment: o.employment,
    education: o.education,
    skills: distinct(o.skills.map((s) => s.trim()), (s) => s.toLowerCase()),
  };
  if (o.headline !== undefined) profile.headline = o.headline;
  if (o.summary !== undefined) profile.summary = o.summary;
  return profile;
}

function linksOf(o: CandidateObservation): CanonicalLink[] {
  const links: CanonicalLink[] = [];
  if (PROFILE_SITES.has(o.source)) {
    const own = canonicalLink(o.pageUrl, o.source === 'github' ? 'github' : 'linkedin');
    // Only when the page really is a profile (not a search or repository page of that site).
    if (own !== undefined && own.kind === o.source) links.push(own);
  }
  for (const link of o.links) {
    const canonical = canonicalLink(link.url, link.kind);
    if (canonical !== undefined) links.push(canonical);
  }
  return links;
}

/** First occurrence of each key, empty strings dropped, order kept. */
function distinct<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
