import { z } from 'zod';

/**
 * What a site adapter reads from one page about one person. Everything here came from a web page,
 * so it is hostile input: every string is length-capped, and the whole object is parsed again by the
 * background before anything trusts it.
 */

/** Longest text kept from any single page field; longer text is cut by `clampText` in adapters. */
export const MAX_FIELD_LENGTH = 2000;
/** Longest summary ("about") text kept; LinkedIn's About allows 2,600 characters. Cut with `clampText(text, MAX_SUMMARY_LENGTH)`. */
export const MAX_SUMMARY_LENGTH = 4000;
/** Most entries kept in any list field (names, e-mails, jobs…). */
export const MAX_LIST_LENGTH = 100;

const text = z.string().max(MAX_FIELD_LENGTH);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_LENGTH);

/** Real-world offsets run from UTC-12:00 to UTC+14:00. */
export const MIN_UTC_OFFSET_MINUTES = -12 * 60;
export const MAX_UTC_OFFSET_MINUTES = 14 * 60;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

export const ClaimedLocationSchema = z.object({
  raw: text,
  city: text.optional(),
  region: text.optional(),
  country: CountryCodeSchema.optional(),
});
export type ClaimedLocation = z.infer<typeof ClaimedLocationSchema>;

export const ProfileLinkKindSchema = z.enum(['linkedin', 'github', 'portfolio', 'other']);
export type ProfileLinkKind = z.infer<typeof ProfileLinkKindSchema>;

export const ProfileLinkSchema = z.object({ kind: ProfileLinkKindSchema, url: text });
export type ProfileLink = z.infer<typeof ProfileLinkSchema>;

/** Dates are kept as the page wrote them (`raw`) plus an ISO `YYYY` or `YYYY-MM` when parseable. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2})?(-\d{2})?$/);

export const EmploymentSchema = z.object({
  title: text.optional(),
  organisation: text.optional(),
  start: PartialDateSchema.optional(),
  end: PartialDateSchema.optional(),
  current: z.boolean().optional(),
  raw: text.optional(),
});
export type Employment = z.infer<typeof EmploymentSchema>;

export const EducationSchema = z.object({
  school: text.optional(),
  degree: text.optional(),
  start: PartialDateSchema.optional(),
  end: PartialDateSchema.optional(),
  raw: text.optional(),
});
export type Education = z.infer<typeof EducationSchema>;

export const CandidateObservationSchema = z.object({
  /** Site adapter id, e.g. `linkedin`. */
  source: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** Only web pages: a `javascript:` or `data:` URL here could never be a real candidate page. */
  pageUrl: z.url({ protocol: /^https?$/ }).max(MAX_FIELD_LENGTH),
  /** The site's own id for the person (LinkedIn slug, Greenhouse person id, GitHub login). */
  siteCandidateId: text.optional(),
  /** Epoch milliseconds. */
  observedAt: z.number().int().nonnegative(),
  names: list(text),
  headline: text.optional(),
  /** The profile's free-text summary ("About", bio, resume summary), compared across candidates for copies. */
  summary: z.string().max(MAX_SUMMARY_LENGTH).optional(),
  location: ClaimedLocationSchema.optional(),
  emails: list(text),
  phones: list(text),
  photoUrl: text.optional(),
  links: list(ProfileLinkSchema),
  employment: list(EmploymentSchema),
  education: list(EducationSchema),
  skills: list(text),
  /**
   * When the account on this site was created, as the page shows it (GitHub's "Joined" date).
   * Absent when the page does not show it; signals that need it then skip.
   */
  accountCreatedAt: PartialDateSchema.optional(),
  /** IP addresses the page shows for the person (an ATS recording where an application came from). */
  ipAddresses: list(text).optional(),
  /** UTC offsets (minutes east of UTC) the page shows for the person, e.g. a scheduling tool's time zone. */
  utcOffsetMinutes: list(z.number().int().min(MIN_UTC_OFFSET_MINUTES).max(MAX_UTC_OFFSET_MINUTES)).optional(),
  /**
   * When the person's messages shown on the page were sent (epoch ms), from the Date header of a
   * message source view: one message per page, so a candidate gathers one time per message read.
   */
  messageTimes: list(z.number().int().nonnegative()).optional(),
});
export type CandidateObservation = z.infer<typeof CandidateObservationSchema>;

/** Observation fields an adapter can report as found or missing. */
export const ObservationFieldSchema = z.enum([
  'names',
  'headline',
  'summary',
  'location',
  'emails',
  'phones',
  'photoUrl',
  'links',
  'employment',
  'education',
  'skills',
  'accountCreatedAt',
  'siteCandidateId',
  'ipAddresses',
  'utcOffsetMinutes',
  'messageTimes',
]);
export type ObservationField = z.infer<typeof ObservationFieldSchema>;

/**
 * What an adapter could and could not read. `expected` lists the fields the adapter knows this
 * page type normally shows; a field in `expected` but not in `found` means the layout changed (or the
 * profile is sparse), and the panel says so instead of showing a low score.
 */
export const AdapterHealthSchema = z.object({
  adapterId: z.string().max(40),
  adapterLabel: z.string().max(80),
  expected: z.array(ObservationFieldSchema),
  found: z.array(ObservationFieldSchema),
  /** Human-readable problems ("name heading not found"), page text never included verbatim. */
  problems: z.array(z.string().max(300)).max(50),
});
export type AdapterHealth = z.infer<typeof AdapterHealthSchema>;

/** Cuts page text to a safe size and removes control characters; never throws. */
export function clampText(value: string | null | undefined, max = MAX_FIELD_LENGTH): string | undefined {
  if (value == null) return undefined;
  // Control characters become spaces and whitespace runs collapse. Explicit bidi embeddings,
  // overrides and isolates (U+202A-202E, U+2066-2069) and invisible separators (U+200B, U+2060,
  // U+FEFF) are dropped: in a name they only serve to make text display as something else
  // ("\u202egnp.exe") or to defeat comparison. ZWJ/ZWNJ stay: emoji and several scripts need them.
  const cleaned = value
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  if (cleaned.length <= max) return cleaned;
  // Never leave half of a surrogate pair at the cut.
  const cut = cleaned.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
