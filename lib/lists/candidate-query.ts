import type { CandidateView } from '../candidate/candidate-view';
import type { IpFact } from '../signals/define-signal';
import type { ListQuery } from './indexes';
import { normaliseEntryValue } from './normalise-entry';

/**
 * The candidate's identifiers in the form list entries are stored in (see lib/lists normalisation).
 * Photo hashes are not part of the view (they are computed from the photo after the page was read
 * and kept in the database), so the caller passes the ones stored for the candidate.
 */
export function candidateListQuery(view: CandidateView, ipFacts: readonly IpFact[] = [], photoHashes: readonly string[] = []): ListQuery {
  const handles = (kind: 'github' | 'linkedin') =>
    view.links.flatMap((l) => (l.kind === kind && l.handle !== undefined ? [l.handle] : []));
  return {
    emails: view.emails.map((e) => e.folded),
    emailDomains: view.emails.map((e) => e.domain),
    phones: view.phones.flatMap((p) => (p.e164 === undefined ? [] : [p.e164])),
    github: handles('github'),
    linkedin: handles('linkedin'),
    ips: view.ipAddresses.map((i) => i.ip),
    // The networks the addresses belong to, as `asn` entries are written ("AS64500").
    asns: [...new Set(ipFacts.flatMap((f) => (f.asn === undefined ? [] : [`AS${f.asn}`])))],
    employerDomains: view.employerDomains,
    // Names are normalised exactly as list entries are, so spacing or composition cannot hide a match.
    names: view.names.flatMap((n) => {
      const normalised = normaliseEntryValue('name', n);
      return normalised.ok ? [normalised.value] : [];
    }),
    photoHashes: [...photoHashes],
  };
}
