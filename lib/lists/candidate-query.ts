import type { CandidateView } from '../candidate/candidate-view';
import type { ListQuery } from './indexes';
import { normaliseEntryValue } from './normalise-entry';

/** The candidate's identifiers in the form list entries are stored in (see lib/lists normalisation). */
export function candidateListQuery(view: CandidateView): ListQuery {
  const handles = (kind: 'github' | 'linkedin') =>
    view.links.flatMap((l) => (l.kind === kind && l.handle !== undefined ? [l.handle] : []));
  return {
    emails: view.emails.map((e) => e.folded),
    emailDomains: view.emails.map((e) => e.domain),
    phones: view.phones.flatMap((p) => (p.e164 === undefined ? [] : [p.e164])),
    github: handles('github'),
    linkedin: handles('linkedin'),
    // Names are normalised exactly as list entries are, so spacing or composition cannot hide a match.
    names: view.names.flatMap((n) => {
      const normalised = normaliseEntryValue('name', n);
      return normalised.ok ? [normalised.value] : [];
    }),
  };
}
