import type { ClaimedLocation, Education, Employment } from './observation';

/**
 * The normalised, merged picture of one candidate that signals evaluate. Built by
 * `buildCandidateView` from every observation merged into the candidate.
 */
export interface NormalisedEmail {
  raw: string;
  /** Lower case; Gmail dots and any `+tag` removed. The identity key uses this. */
  folded: string;
  domain: string;
}

export interface NormalisedPhone {
  raw: string;
  /** E.164, when the number could be parsed. */
  e164?: string;
  /** Region of the number (ISO alpha-2), when known. */
  country?: string;
  /** libphonenumber type (`MOBILE`, `VOIP`, …), when known. */
  type?: string;
}

export interface CanonicalLink {
  kind: 'linkedin' | 'github' | 'portfolio' | 'other';
  /** Canonical URL: https, lower-case host, no query, no trailing slash. */
  url: string;
  /** LinkedIn slug or GitHub login, lower case. */
  handle?: string;
}

export interface SourceSighting {
  source: string;
  pageUrl: string;
  observedAt: number;
}

export interface CandidateView {
  id: string;
  displayName: string;
  /** Every distinct name seen, as written. */
  names: string[];
  headline?: string;
  location?: ClaimedLocation;
  emails: NormalisedEmail[];
  phones: NormalisedPhone[];
  links: CanonicalLink[];
  photoUrl?: string;
  employment: Employment[];
  education: Education[];
  skills: string[];
  /** Account creation dates by source site (`github` -> `2024-03`). */
  accountCreatedAt: Record<string, string>;
  sightings: SourceSighting[];
}
