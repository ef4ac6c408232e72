import type { NormalisedEmail } from './candidate-view';

/** Providers that ignore dots in the local part; `googlemail.com` is the same mailbox as `gmail.com`. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

// Anything outside these is not an address we can key on: quoted local parts and comments are legal
// (RFC 5322) but never appear in a candidate's contact field, so they are rejected rather than guessed.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}$/u;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Parses one e-mail address as a page shows it and folds it into the form identity keys use:
 * NFKC (full-width letters become ASCII), invisible format characters removed, lower case, IDN domain
 * in punycode, Gmail dots removed, `googlemail.com` -> `gmail.com`, and a `+tag` removed for every
 * provider. Returns undefined when the text is not an e-mail address.
 */
export function normaliseEmail(raw: string): NormalisedEmail | undefined {
  const trimmed = raw.trim();
  const cleaned = trimmed
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = cleaned.lastIndexOf('@');
  if (at <= 0 || cleaned.indexOf('@') !== at) return undefined;
  const local = cleaned.slice(0, at);
  const domain = asciiDomain(cleaned.slice(at + 1));
  if (domain === undefined || !LOCAL_PART.test(local)) return undefined;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;

  const foldedDomain = GMAIL_DOMAINS.has(domain) ? 'gmail.com' : domain;
  let foldedLocal = local.split('+')[0] ?? '';
  if (foldedDomain === 'gmail.com') foldedLocal = foldedLocal.replace(/\./g, '');
  // "+tag@example.com" has nothing before the tag: keep the local part rather than key on "".
  if (foldedLocal === '') foldedLocal = local;
  return { raw: trimmed, folded: `${foldedLocal}@${foldedDomain}`, domain: foldedDomain };
}

/** Lower-case ASCII (punycode) host with at least two labels, or undefined. */
function asciiDomain(text: string): string | undefined {
  if (text === '' || /[\s/\\?#@:[\]]/.test(text)) return undefined;
  let host: string;
  try {
    host = new URL(`http://${text}`).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  // A top-level domain is never all digits; this also rejects bare IPv4 addresses.
  return /^\d+$/.test(labels[labels.length - 1] ?? '') ? undefined : host;
}
