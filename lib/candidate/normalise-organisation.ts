import { normaliseName } from './normalise-name';

// Legal forms and a leading article say nothing about which organisation it is: "Acme, Inc." and
// "ACME Inc" and "Acme" are one employer. Only whole trailing tokens go, so "Coinbase" keeps its "co".
const LEGAL_FORMS = new Set([
  'ab', 'ag', 'as', 'bv', 'co', 'company', 'corp', 'corporation', 'gmbh', 'inc', 'incorporated', 'kk', 'limited', 'llc', 'llp',
  'lp', 'ltd', 'nv', 'oy', 'plc', 'pte', 'pty', 'pvt', 'private', 'sa', 'sarl', 'sas', 'spa', 'srl',
]);

/**
 * A comparison key for an employer or school name: case, diacritics and punctuation folded as for
 * names, a parenthesised note ("Brightwave (brightwave.example)") and trailing legal forms dropped,
 * a leading "the" dropped. Nothing else is guessed: "MIT" and "Massachusetts Institute of
 * Technology" stay different keys, so a comparison is missed rather than invented.
 */
export function normaliseOrganisation(raw: string): string {
  const tokens = normaliseName(raw.replace(/\([^)]*\)/g, ' ')).split(' ').filter((t) => t !== '');
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  while (tokens.length > 1 && LEGAL_FORMS.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens.join(' ');
}
