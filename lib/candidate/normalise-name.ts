/**
 * Name comparison for deciding whether two records plausibly name the same person. It folds only what
 * is the same name written differently (case, width, Latin diacritics, punctuation, token order);
 * it never transliterates between scripts, so "Li Ming" and "李明" neither agree nor are guessed at.
 */

// Latin letters without a canonical decomposition that people routinely write two ways.
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };
// Hostile pages can put hundreds of tokens in a name; real names have far fewer.
const MAX_TOKENS = 8;
const MAX_NAMES = 20;

/** NFKC, lower case, Latin diacritics removed, apostrophes dropped, other punctuation -> one space. */
export function normaliseName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .normalize('NFD')
    // Only marks on Latin letters go: in Devanagari or Thai the marks are part of the spelling.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæœøđłıþ]/g, (c) => LATIN_FOLDS[c] ?? c)
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when some name in `a` and some name in `b` can be the same person's name: the same tokens in
 * any order, a middle name or initial on one side only, an initial against a full name ("J. Ellis" /
 * "Jordan Ellis"), or a hyphen against a space or nothing ("Mary-Jane" / "Mary Jane" / "Maryjane").
 * At least one full token (two letters or more) must match, so initials alone never agree.
 *
 * An empty list (or names that are only punctuation) agrees with anything: an unknown name is missing
 * evidence, not a conflicting name, and reuse signals must not fire because a page hid the name.
 */
export function namesAgree(a: readonly string[], b: readonly string[]): boolean {
  const left = distinctTokenLists(a);
  const right = distinctTokenLists(b);
  if (left.length === 0 || right.length === 0) return true;
  return left.some((x) => right.some((y) => tokenListsAgree(x, y)));
}

/** Token lists of the distinct non-empty names, bounded so hostile input cannot make this slow. */
function distinctTokenLists(names: readonly string[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const name of names) {
    const tokens = normaliseName(name).split(' ').filter((t) => t !== '').slice(0, MAX_TOKENS);
    if (tokens.length > 0 && seen.size < MAX_NAMES) seen.set(tokens.join(' '), tokens);
  }
  return [...seen.values()];
}

function tokenListsAgree(x: readonly string[], y: readonly string[]): boolean {
  return mergeVariants(x).some((vx) => mergeVariants(y).some((vy) => matchAll(vx, vy)));
}

/** The token list itself plus every list with one adjacent pair joined ("mary jane" -> "maryjane"). */
function mergeVariants(list: readonly string[]): string[][] {
  const variants = [list.slice()];
  for (let i = 0; i + 1 < list.length; i++) {
    variants.push([...list.slice(0, i), `${list[i]}${list[i + 1]}`, ...list.slice(i + 2)]);
  }
  return variants;
}

/**
 * Every token of the shorter list pairs with a distinct token of the longer, and one pair is an exact
 * match of two letters or more. Identical tokens pair first (pairing equal tokens is never worse);
 * what is left can only pair an initial with a full token of the same first letter, so counting by
 * letter decides it without a search.
 */
function matchAll(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const remaining = [...long];
  const unmatched: string[] = [];
  let full = false;
  for (const token of short) {
    const at = remaining.indexOf(token);
    if (at === -1) {
      unmatched.push(token);
      continue;
    }
    remaining.splice(at, 1);
    if (token.length >= 2) full = true;
  }
  if (!full) return false;
  const need = new Map<string, number>();
  const have = new Map<string, number>();
  // Key: first letter plus which side is the initial, so "j" only pairs with full tokens and back.
  const key = (t: string, asInitial: boolean) => `${asInitial ? 'i' : 'f'}:${[...t][0] ?? ''}`;
  for (const t of unmatched) {
    const k = key(t, [...t].length === 1);
    need.set(k, (need.get(k) ?? 0) + 1);
  }
  for (const t of remaining) {
    // A full token on the long side serves a short-side initial, and a long-side initial a full token.
    const k = key(t, [...t].length !== 1);
    have.set(k, (have.get(k) ?? 0) + 1);
  }
  return [...need].every(([k, n]) => (have.get(k) ?? 0) >= n);
}
