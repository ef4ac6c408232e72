import type { ReuseMatch } from '../signals/define-signal';
import type { CandidateView } from './candidate-view';

/** A normalised identifier that should belong to one person only. */
export type IdentityKey = { kind: ReuseMatch['keyKind']; value: string };

/** `kind:value`, e.g. `phone:+14155550134`; the form stored in the database's multiEntry index. */
export function identityKeyString(k: IdentityKey): string {
  return `${k.kind}:${k.value}`;
}

/**
 * Every identity key of a candidate, sorted by `identityKeyString` and without duplicates: folded
 * e-mails, E.164 phones (unparseable numbers are skipped: their text is not a stable key), LinkedIn
 * and GitHub profile URLs (only links with a handle, i.e. person profiles), and portfolio URLs.
 */
export function identityKeys(view: CandidateView): IdentityKey[] {
  const keys: IdentityKey[] = [];
  for (const email of view.emails) keys.push({ kind: 'email', value: email.folded });
  for (const phone of view.phones) if (phone.e164 !== undefined) keys.push({ kind: 'phone', value: phone.e164 });
  for (const link of view.links) {
    if ((link.kind === 'linkedin' || link.kind === 'github') && link.handle !== undefined) {
      keys.push({ kind: link.kind, value: link.url });
    } else if (link.kind === 'portfolio') {
      keys.push({ kind: 'portfolio', value: link.url });
    }
  }
  const byString = new Map(keys.map((k) => [identityKeyString(k), k] as const));
  return [...byString.keys()].sort().map((s) => byString.get(s) as IdentityKey);
}
