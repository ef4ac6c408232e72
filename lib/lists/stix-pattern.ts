/**
 * The subset of STIX 2.1 patterning (https://docs.oasis-open.org/cti/stix/v2.1/os/stix-v2.1-os.html#_e8slinrhxcc9)
 * that lists of identifiers use: observation expressions joined by OR, each a disjunction of
 * conjunctions of `object-type:property = literal` (or ISSUBSET for address ranges). The result is
 * in disjunctive form: each inner array is one AND group, i.e. one candidate entry.
 * Everything else (FOLLOWEDBY, qualifiers, NOT, LIKE, MATCHES, parentheses) is refused with the
 * reason, because a partial reading would turn a narrow indicator into a broad one.
 */

export interface Comparison {
  objectType: string;
  property: string;
  operator: '=' | 'ISSUBSET';
  value: string | number;
}

export type PatternResult = { ok: true; groups: Comparison[][] } | { ok: false; reason: string };

type Token = { type: 'punct' | 'word' | 'op'; text: string } | { type: 'path'; objectType: string; property: string } | { type: 'literal'; value: string | number };

// Patterns for identifier lists are short; a cap keeps a hostile one from costing anything.
const MAX_PATTERN = 10_000;
const RULES: [RegExp, (m: RegExpExecArray) => Token | 'skip' | string][] = [
  [/\s+/y, () => 'skip'],
  [/[[\]()]/y, (m) => ({ type: 'punct', text: m[0] })],
  [/!=|<=|>=|=|<|>/y, (m) => ({ type: 'op', text: m[0] })],
  [/([a-z][a-z0-9-]*):((?:[A-Za-z0-9_]+|'[^']*'|\[(?:\d+|\*)\]|\.)+)/y, (m) => ({ type: 'path', objectType: m[1] ?? '', property: m[2] ?? '' })],
  [/'((?:[^'\\]|\\['\\])*)'/y, (m) => ({ type: 'literal', value: (m[1] ?? '').replace(/\\(['\\])/g, '$1') })],
  [/-?\d+(?:\.\d+)?(?![\w'])/y, (m) => ({ type: 'literal', value: Number(m[0]) })],
  [/[htb]'/y, (m) => `${m[0]}...' literals are not supported`],
  [/[A-Za-z]+/y, (m) => ({ type: 'word', text: m[0].toUpperCase() })],
];

function tokenize(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  let at = 0;
  outer: while (at < pattern.length) {
    for (const [regex, make] of RULES) {
      regex.lastIndex = at;
      const m = regex.exec(pattern);
      if (!m || m[0] === '') continue;
      const token = make(m);
      if (typeof token === 'string' && token !== 'skip') return token;
      if (token !== 'skip') tokens.push(token as Token);
      at += m[0].length;
      continue outer;
    }
    return `unexpected ${JSON.stringify(pattern.slice(at, at + 10))} at position ${at}`;
  }
  return tokens;
}

export function parseStixPattern(pattern: string): PatternResult {
  if (pattern.length > MAX_PATTERN) return { ok: false, reason: 'pattern is too long' };
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (t: Token | undefined, w: string) => t?.type === 'word' && t.text === w;
  const isPunct = (t: Token | undefined, p: string) => t?.type === 'punct' && t.text === p;
  const groups: Comparison[][] = [];

  for (;;) {
    if (!isPunct(peek(), '[')) return { ok: false, reason: 'expected "[" to start an observation expression' };
    i++;
    let group: Comparison[] = [];
    for (;;) {
      const path = tokens[i];
      const op = tokens[i + 1];
      const literal = tokens[i + 2];
      if (path?.type !== 'path') return { ok: false, reason: isPunct(path, '(') ? 'parentheses are not supported' : 'expected an object path (type:property)' };
      const operator = op?.type === 'op' ? op.text : op?.type === 'word' ? op.text : '';
      if (operator !== '=' && operator !== 'ISSUBSET') return { ok: false, reason: `operator ${operator || '(none)'} is not supported; only = and ISSUBSET` };
      if (literal?.type !== 'literal') return { ok: false, reason: 'expected a string or number after the operator' };
      group.push({ objectType: path.objectType, property: path.property, operator, value: literal.value });
      i += 3;
      const next = peek();
      if (isWord(next, 'AND')) {
        i++;
      } else if (isWord(next, 'OR')) {
        groups.push(group);
        group = [];
        i++;
      } else if (isPunct(next, ']')) {
        groups.push(group);
        i++;
        break;
      } else {
        return { ok: false, reason: 'expected AND, OR or "]" after a comparison' };
      }
    }
    const next = peek();
    if (next === undefined) return { ok: true, groups };
    if (!isWord(next, 'OR')) {
      const what = next.type === 'word' ? next.text : 'text';
      return { ok: false, reason: `${what} after an observation expression is not supported; only OR` };
    }
    i++;
  }
}
