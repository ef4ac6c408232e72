import type { AdapterHealth, CandidateObservation } from '../candidate/observation';

/**
 * One site adapter per file (`lib/sites/<id>.ts`), registered in `lib/sites/index.ts`.
 * `extract` is pure: a Document and a URL in, an observation and its health out. It never throws on
 * a strange page; what it could not read is reported in `health`.
 */
export interface SiteAdapter {
  /** Equals the file name; kebab-case; also the observation's `source`. */
  id: string;
  /** Shown to recruiters: "LinkedIn", "Greenhouse". */
  label: string;
  /** Match patterns (WXT/Chrome syntax) for the content script. */
  matches: string[];
  /** URLs this adapter must claim; the URL matrix test proves no other adapter claims them. */
  exampleUrls: string[];
  /** URLs on the same host this adapter must not claim (feeds, search, settings…). */
  counterExampleUrls: string[];
  /**
   * True when the URL is a candidate page this adapter reads. Only looks at the URL and, where the
   * URL alone cannot say (Workday), at what the organisation configured.
   */
  detect: (url: URL, config?: SiteConfig) => boolean;
  /**
   * For pages whose URL does not say whether a candidate is shown (a dialog inside a web app, such
   * as a mail's source in Outlook): true while one is. Pages are re-read on DOM changes, so the
   * dialog opening or closing is noticed. Absent: the URL is enough.
   */
  present?: (document: Document) => boolean;
  extract: (document: Document, url: URL, now: number) => SiteExtraction;
}

/**
 * What the organisation has told HireProof about its own sites (from the settings), for adapters
 * whose URLs do not say by themselves what a page shows. Adapters that need nothing ignore it.
 */
export interface SiteConfig {
  /** Workday class ids that are the organisation's candidate profile (lib/sites/workday-class.ts). */
  workdayCandidateClasses: readonly string[];
}

/** Nothing configured: adapters that depend on configuration claim nothing. */
export const NO_SITE_CONFIG: SiteConfig = { workdayCandidateClasses: [] };

export interface SiteExtraction {
  observation: CandidateObservation;
  health: AdapterHealth;
}

export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
