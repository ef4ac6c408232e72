import { siteLabel } from '../sites';
import type { IpFact } from './define-signal';

/** The network an address belongs to, " (AS64500 Example Hosting, NL)", from what the IP database knows. */
export function networkLabel(fact: Pick<IpFact, 'asn' | 'asName' | 'country'> | undefined): string {
  if (!fact) return '';
  const parts = [fact.asn === undefined ? undefined : `AS${fact.asn}${fact.asName ? ` ${fact.asName}` : ''}`, fact.country].filter(Boolean);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** "added by a recruiter on 2026-11-24" / "on Greenhouse on 2026-11-24": UTC days, so every machine says the same. */
export function seenWhen(source: string, at: number): string {
  const day = new Date(at).toISOString().slice(0, 10);
  return source === 'recruiter' ? `added by a recruiter on ${day}` : `on ${siteLabel(source)} on ${day}`;
}

/** "UTC+05:30", "UTC−08:00", "UTC". */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '\u2212' : '+'}${hh}:${mm}`;
}
