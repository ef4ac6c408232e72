import { normaliseName } from '../candidate/normalise-name';

/**
 * The words of a summary ("about") text, folded so that the edits people make when they copy a
 * summary to another identity do not hide the copy: case, accents, punctuation and spacing go;
 * numbers become `#` ("7+ years" and "8+ years" read the same); the candidate's own name tokens
 * become `@name`, so "I am Jordan Ellis, a backend engineer" copied as "I am Sam Okafor, a backend
 * engineer" stays the same words. Links and e-mail addresses are dropped: they are identifiers that
 * other signals compare, and they differ between copies by design.
 */

// Bounds the work for hostile input; a real summary has far fewer words.
const MAX_WORDS = 2000;
const LINK_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;

export const NAME_TOKEN = '@name';
export const NUMBER_TOKEN = '#';

export function summaryWords(text: string, names: readonly string[] = []): string[] {
  // Names are folded exactly as the text is, so a name inside the text matches its own tokens.
  const nameTokens = new Set(
    names.flatMap((n) => normaliseName(n).split(' ')).filter((t) => [...t].length >= 2),
  );
  const words = normaliseName(text.replace(LINK_OR_EMAIL, ' '))
    .split(' ')
    .filter((w) => w !== '')
    .slice(0, MAX_WORDS);
  return words.map((w) => (/^\p{N}+$/u.test(w) ? NUMBER_TOKEN : nameTokens.has(w) ? NAME_TOKEN : w));
}
