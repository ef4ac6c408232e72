import type { LivenessSummary } from '../liveness/liveness-summary';
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

/** Network evidence: where it came from (an adapter id, or `recruiter` for pasted evidence) and when. */
export interface EvidenceOrigin {
  source: string;
  observedAt: number;
}

export interface ObservedIp extends EvidenceOrigin {
  /** Canonical spelling (lib/lists/ip.ts): lists and the geo database are asked with this. */
  ip: string;
}

export interface ObservedOffset extends EvidenceOrigin {
  /** Minutes east of UTC. */
  minutes: number;
}

/**
 * What one page said about the person, kept apart from the merged fields so checks can compare one
 * site's claims with another's (the merged view takes work history from one page only).
 */
export interface SourceProfile {
  /** Adapter id of the page (`linkedin`, `greenhouse`, `gmail-source` …). */
  source: string;
  pageUrl: string;
  /** Epoch ms the page was read: the latest moment its claims can have been written. */
  observedAt: number;
  names: string[];
  headline?: string;
  summary?: string;
  employment: Employment[];
  education: Education[];
  skills: string[];
}

/** Evidence a recruiter added by hand ("add evidence" in the panel), already parsed and canonical. */
export type AddedEvidence = { kind: 'ip'; ip: string; addedAt: number } | { kind: 'utc-offset'; minutes: number; addedAt: number };

export interface CandidateView {
  id: string;
  displayName: string;
  /** Every distinct name seen, as written. */
  names: string[];
  headline?: string;
  /** The newest summary ("about") text seen; every page's own summary is compared by lib/db/find-similar-summaries.ts. */
  summary?: string;
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
  /** Distinct addresses seen for the candidate, newest first. */
  ipAddresses: ObservedIp[];
  /** Distinct UTC offsets seen for the candidate, newest first. */
  utcOffsets: ObservedOffset[];
  /**
   * Domains of the organisations the candidate names or writes from: domains written in employment
   * entries, and the domains of e-mail addresses and portfolio links. Lower case, no `www.`.
   */
  employerDomains: string[];
  /** Liveness summaries from video interviews, newest first (derived values only, never images). */
  liveness: LivenessSummary[];
  /** Each page's own claims, one per observation, newest first. */
  profiles: SourceProfile[];
  /** When the candidate's messages were sent (epoch ms), distinct, newest first, at most MAX_MESSAGE_TIMES. */
  messageTimes: number[];
}
