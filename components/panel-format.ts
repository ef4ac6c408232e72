import type { ObservationField } from '../lib/candidate/observation';
import type { Band } from '../lib/risk/assessment';
import { siteLabel } from '../lib/sites';

/** Small formatting helpers shared by the risk panel components (not a component). */

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` in the recruiter's local time zone; `unknown date` for a bad timestamp. */
export function formatDate(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return 'unknown date';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DD HH:MM`, local time. */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return 'unknown date';
  return `${formatDate(epochMs)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** ISO string for `<time dateTime>`, or undefined for a bad timestamp. */
export function isoOrUndefined(epochMs: number): string | undefined {
  const d = new Date(epochMs);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * Page URLs are hostile: only http(s) may become a link. Returns the parsed, normalised href, or
 * undefined for anything else (javascript:, data:, relative or unparseable text).
 */
export function safeHttpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Display name for an adapter id; an unknown id is shown as written (it is text, never markup). */
export const sourceLabel = siteLabel;

export const BAND_LABELS: Record<Band, string> = { low: 'Low', elevated: 'Elevated', high: 'High' };

/** "Risk: elevated (42/100)". */
export function riskSentence(score: number, band: Band): string {
  return `Risk: ${band} (${Math.round(score)}/100)`;
}

export const FIELD_LABELS: Record<ObservationField, string> = {
  names: 'name',
  headline: 'headline',
  summary: 'summary',
  location: 'location',
  emails: 'e-mail addresses',
  phones: 'phone numbers',
  photoUrl: 'photo',
  links: 'profile links',
  employment: 'work history',
  education: 'education',
  skills: 'skills',
  accountCreatedAt: 'account creation date',
  siteCandidateId: 'profile id',
  ipAddresses: 'IP addresses',
  utcOffsetMinutes: 'time zone',
  messageTimes: 'message times',
};

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
