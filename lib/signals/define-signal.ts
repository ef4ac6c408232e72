import type { CandidateView } from '../candidate/candidate-view';

export type Severity = 'informational' | 'low' | 'medium' | 'high' | 'critical';
export type SignalStatus = 'experimental' | 'test' | 'stable' | 'deprecated';

/** Fields of the candidate view a signal needs; when all are empty the signal skips. */
export type RequiredField = keyof Omit<CandidateView, 'id' | 'displayName' | 'sightings'>;

export interface SignalMeta {
  title: string;
  /** One or two sentences for recruiters: what this looks at and why it matters. */
  description: string;
  severity: Severity;
  status: SignalStatus;
  requires: RequiredField[];
  /**
   * Contribution of a hit to the risk score, 0..1. Combined as independent evidence:
   * score = 100 * (1 - product of (1 - weight)) over hits not marked false positive.
   */
  weight: number;
  /** Innocent reasons this can hit, shown next to the evidence. */
  falsePositives: string[];
  references: string[];
  /** Message templates by id; `{name}` placeholders are filled from evidence data. */
  messages: Record<string, string>;
}

export interface Evidence {
  messageId: string;
  data: Record<string, string | number>;
}

export type SignalOutcome =
  | { status: 'hit'; evidence: Evidence[] }
  | { status: 'miss' }
  | { status: 'skip'; reason: string };

/** Another candidate that holds the same identity key under a name that does not agree. */
export interface ReuseMatch {
  keyKind: 'email' | 'phone' | 'linkedin' | 'github' | 'portfolio';
  /** The normalised key value (folded e-mail, E.164 phone, canonical URL). */
  keyValue: string;
  otherCandidateId: string;
  otherName: string;
  /** Where the other candidate was seen, as named to people ("Greenhouse"). */
  otherSource: string;
  otherPageUrl: string;
  /** Epoch ms when the other candidate was first seen with this key. */
  otherSeenAt: number;
}

/** Where another candidate was seen, for evidence that names them (shared by the similarity matches). */
export interface OtherSighting {
  otherCandidateId: string;
  otherName: string;
  /** Where the other candidate was seen, as named to people ("LinkedIn"). */
  otherSource: string;
  otherPageUrl: string;
  /** Epoch ms when the other candidate was first seen on that page. */
  otherSeenAt: number;
}

/** Another candidate, under a name that does not agree, whose summary text is a near-duplicate of one of this candidate's. */
export interface SummaryMatch extends OtherSighting {
  /** Estimated Jaccard similarity of the two texts' 5-word shingles, 0..1 (lib/similarity/minhash.ts). */
  similarity: number;
}

/** Another candidate, under a name that does not agree, whose profile photo is a near-duplicate of this candidate's. */
export interface PhotoMatch extends OtherSighting {
  /** Bits in which the two 64-bit perceptual hashes differ (lib/similarity/perceptual-hash.ts). */
  distance: number;
}

/** A security team's list entry that one of the candidate's identifiers matched. */
export interface ListMatch {
  listId: string;
  listTitle: string;
  /** What the list's network entries mean (lib/lists/schema.ts LIST_CATEGORIES). */
  category: 'fraud-indicators' | 'vpn-hosting';
  kind: string;
  /** The list's entry (an address, a domain, a prefix, a range). */
  value: string;
  /** The candidate's identifier that matched it. */
  query: string;
  note?: string;
}

/** Everything a signal may know beyond the candidate. Signals never reach for anything else. */
export interface SignalContext {
  /** Epoch ms; signals use this, never Date.now(). */
  now: number;
  reuse: ReuseMatch[];
  isDisposableEmailDomain: (domain: string) => boolean;
  /** Matches against the enabled signal lists; absent when no list is enabled. */
  lists?: { enabled: Record<ListMatch['category'], number>; matches: ListMatch[] };
  /**
   * The zones the claimed location can be in, with the UTC offsets each uses around `now` (standard
   * and summer time); absent when the location names no place the bundled city data knows.
   */
  claimedZones?: { place: string; zones: { timeZone: string; offsets: number[] }[] };
  /** What the offline IP database says about each of the candidate's IPs; absent when it is unavailable. */
  ipFacts?: IpFact[];
  /**
   * Near-duplicate summaries found in the database: `compared` counts the candidate's summaries long
   * and distinctive enough to compare (lib/similarity/summary-fingerprint.ts). Absent when not looked up.
   */
  summaryReuse?: { compared: number; matches: SummaryMatch[] };
  /**
   * Near-duplicate profile photos found in the database: `hashed` counts the candidate's photos hashed
   * so far, `failed` says why the latest could not be (download or decoding). Absent when not looked up.
   * Photo hashes on lists arrive in `lists.matches` (kind `photo-hash`).
   */
  photoReuse?: { hashed: number; failed?: string; matches: PhotoMatch[] };
}

/** One of the candidate's IP addresses with what the offline database (DB-IP, via @ip-location-db) knows of it. */
export interface IpFact {
  ip: string;
  /** Where the address was seen (an adapter id, or `recruiter`) and when (epoch ms). */
  source: string;
  observedAt: number;
  /** ISO 3166-1 alpha-2 country the range is registered or announced in. */
  country?: string;
  asn?: number;
  asName?: string;
}

export interface Signal {
  id: string;
  meta: SignalMeta;
  evaluate: (candidate: CandidateView, ctx: SignalContext) => SignalOutcome;
}

export function defineSignal(signal: Signal): Signal {
  return signal;
}
