import {
  CandidateObservationSchema,
  clampText,
  MAX_FIELD_LENGTH,
  MAX_LIST_LENGTH,
  ObservationFieldSchema,
  type CandidateObservation,
  type ObservationField,
  type ProfileLink,
  type ProfileLinkKind,
} from '../candidate/observation';
import type { SiteExtraction } from './define-site-adapter';

/**
 * Shared, defensive DOM reading for site adapters. Page text is data only: it is read with
 * textContent-like walking (never innerHTML), code elements are skipped, and every string is clamped.
 * Nothing here uses `instanceof` or DOM globals, so it works on any realm's Document (tests parse
 * pages with happy-dom; the extension reads the live page).
 */

/** Elements whose text is code, styling or embedded documents, never profile data. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'textarea']);
// Collapsed text gathered before clamping is capped at twice the clamp: a 10 MB field is never
// copied around in full.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Visible-ish text of a node: whitespace collapsed, code skipped, `<br>` as a space, clamped. */
export function textOf(node: Node | null | undefined): string | undefined {
  return textUpTo(node, MAX_FIELD_LENGTH);
}

/**
 * textOf with another clamp (a summary's is MAX_SUMMARY_LENGTH). A function of its own, not an
 * optional parameter: adapters pass textOf to `map`, which would hand it the index as the clamp.
 */
export function textUpTo(node: Node | null | undefined, max: number): string | undefined {
  if (!node) return undefined;
  const budget = max * 2;
  let out = '';
  const stack: Node[] = [node];
  while (out.length < budget) {
    const current = stack.pop();
    if (!current) break;
    if (current.nodeType === TEXT_NODE) {
      out += (current.nodeValue ?? '').replace(/\s+/g, ' ');
      if (out.length > budget) out = out.slice(0, budget);
      continue;
    }
    if (!isElement(current)) continue; // comments, processing instructions
    const name = current.localName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') out += ' ';
    const kids = current.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return clampText(out, max);
}

/** querySelectorAll that returns [] instead of throwing on a selector the engine rejects. */
export function queryAll(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** First element matched by the first selector that matches anything (most semantic first). */
export function queryFirst(root: ParentNode | null | undefined, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = queryAll(root, selector)[0];
    if (found) return found;
  }
  return undefined;
}

/**
 * Every element matched by the first selector that matches anything. A fallback is only consulted
 * when the hooks before it found nothing, so it can never add the recruiter's own links or
 * addresses to a page whose hooks worked.
 */
export function queryAllOfFirst(root: ParentNode | null | undefined, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** First non-empty text among the selectors, in order. */
export function firstText(root: ParentNode | null | undefined, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = textOf(el);
      if (text) return text;
    }
  }
  return undefined;
}

export function metaContent(document: Document, property: string): string | undefined {
  const el = queryAll(document, 'meta[property], meta[name]').find(
    (m) => m.getAttribute('property') === property || m.getAttribute('name') === property,
  );
  return clampText(el?.getAttribute('content'));
}

/** An absolute http(s) URL, or undefined (javascript:, data:, relative junk and overlong URLs are dropped). */
export function httpUrl(value: string | null | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.length <= MAX_FIELD_LENGTH ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The address of a `mailto:` link (query and extra recipients dropped). */
export function emailFromHref(href: string | null | undefined): string | undefined {
  const match = /^\s*mailto:([^?#]*)/i.exec(href ?? '');
  const address = clampText(decoded(match?.[1] ?? '').split(',')[0]);
  return address?.includes('@') ? address : undefined;
}

/** The number of a `tel:` link, as written there. */
export function phoneFromHref(href: string | null | undefined): string | undefined {
  const match = /^\s*tel:([^?#]*)/i.exec(href ?? '');
  const number = clampText(decoded(match?.[1] ?? ''));
  return number && /\d/.test(number) ? number : undefined;
}

/** Hosts of profiles that are neither LinkedIn, GitHub nor the person's own site. */
const OTHER_PROFILE_HOSTS = new Set([
  'twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'youtube.com', 'tiktok.com', 'bsky.app',
  'mastodon.social', 'medium.com', 'dev.to', 'stackoverflow.com', 'gitlab.com', 'bitbucket.org',
  't.me', 'telegram.me', 'wa.me', 'reddit.com', 'linktr.ee',
]);

export function linkKind(url: string): ProfileLinkKind {
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.toLowerCase().replace(/^www\./, '');
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return /^\/(in|pub)\//.test(pathname) ? 'linkedin' : 'other';
    if (host === 'github.com') return 'github';
    return OTHER_PROFILE_HOSTS.has(host) ? 'other' : 'portfolio';
  } catch {
    return 'other';
  }
}

export function profileLink(href: string | null | undefined, base: string): ProfileLink | undefined {
  const url = httpUrl(href, base);
  return url ? { kind: linkKind(url), url } : undefined;
}

/** Copy without undefined properties, so observations compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** Runs one field's read; a throw costs that field only and is reported without page text. */
export function readField<T>(problems: string[], field: ObservationField, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    problems.push(`${field}: read failed`);
    return undefined;
  }
}

export type ObservationDraft = Partial<Omit<CandidateObservation, 'source' | 'pageUrl' | 'observedAt'>>;

const LIST_FIELDS = ['names', 'emails', 'phones', 'links', 'employment', 'education', 'skills'] as const;

function uniqueBy<T>(items: readonly T[] | undefined, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items ?? []) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
    if (out.length >= MAX_LIST_LENGTH) break;
  }
  return out;
}

function pageUrlOf(url: URL): string {
  if (url.href.length <= MAX_FIELD_LENGTH) return url.href;
  const bare = url.origin + url.pathname;
  return bare.length <= MAX_FIELD_LENGTH ? bare : `${url.origin}/`;
}

export interface ExtractionInput {
  adapter: { id: string; label: string };
  /** Fields this page type normally shows. */
  expected: readonly ObservationField[];
  url: URL;
  now: number;
  draft: ObservationDraft;
  problems: string[];
}

/** Dedupes and caps lists, drops any value the schema rejects, and computes health. */
export function buildExtraction(input: ExtractionInput): SiteExtraction {
  const { adapter, expected, url, now, draft } = input;
  const problems = [...input.problems];
  const candidate: CandidateObservation = {
    ...draft,
    source: adapter.id,
    pageUrl: pageUrlOf(url),
    observedAt: Math.max(0, Math.floor(Number.isFinite(now) ? now : 0)),
    names: uniqueBy(draft.names, (s) => s),
    emails: uniqueBy(draft.emails, (s) => s.toLowerCase()),
    phones: uniqueBy(draft.phones, (s) => s),
    links: uniqueBy(draft.links, (l) => l.url),
    employment: uniqueBy(draft.employment, (e) => JSON.stringify(e)),
    education: uniqueBy(draft.education, (e) => JSON.stringify(e)),
    skills: uniqueBy(draft.skills, (s) => s.toLowerCase()),
  };
  const parsed = CandidateObservationSchema.safeParse(candidate);
  let observation = parsed.success ? parsed.data : candidate;
  if (!parsed.success) {
    // Last line of defence: a field the schema rejects is dropped, never the whole observation.
    const repaired: Record<string, unknown> = { ...candidate };
    for (const key of new Set(parsed.error.issues.map((issue) => String(issue.path[0])))) {
      problems.push(`${key}: invalid value dropped`);
      if ((LIST_FIELDS as readonly string[]).includes(key)) repaired[key] = [];
      else delete repaired[key];
    }
    const retry = CandidateObservationSchema.safeParse(repaired);
    const bare = { source: candidate.source, pageUrl: candidate.pageUrl, observedAt: candidate.observedAt };
    observation = retry.success
      ? retry.data
      : { ...bare, names: [], emails: [], phones: [], links: [], employment: [], education: [], skills: [] };
  }
  const found = ObservationFieldSchema.options.filter((field) => {
    const value = observation[field];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
  for (const field of expected) if (!found.includes(field)) problems.push(`${field} not found`);
  return {
    observation,
    health: {
      adapterId: adapter.id,
      adapterLabel: adapter.label,
      expected: [...expected],
      found: [...found].sort(),
      problems: problems.slice(0, 50),
    },
  };
}
