/**
 * Claims of years of experience in profile text, English only:
 * - after the number: "10+ years of Kubernetes", "8 years experience with Rust", "5 years' hands-on
 *   experience in Go", "7 yrs AWS", "10 years Kubernetes experience";
 * - before it: "Rust (7 yrs)", "Python [5+ years]", "Java - 3 years", "Go: 4 years", "used Kubernetes
 *   for 10 years".
 * The extractor does not know technologies: it returns the words the years are claimed of, and says
 * whether the thing named is at their start or their end; lib/signals/data/technology-releases.ts
 * decides whether they name a technology. A range counts its lower end ("5-7 years" is 5), "10+" is
 * 10; qualifiers ("over", "nearly") are ignored. Pure; never throws.
 */
export interface ClaimedExperience {
  years: number;
  /** At most MAX_SUBJECT_WORDS words, as written. */
  subject: string;
  anchor: 'start' | 'end';
  /** The text that makes the claim, whitespace collapsed, at most MAX_PHRASE_LENGTH characters. */
  phrase: string;
}

export const MAX_SUBJECT_WORDS = 4;
const MAX_PHRASE_LENGTH = 120;
/** Claims read from one text; profile fields are short, so more means repeated or hostile text. */
const MAX_CLAIMS = 50;
/** More years than a working life is not a claim about a technology ("100 years of history"). */
const MAX_YEARS = 60;

const WORD_NUMBERS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const NUMBER = String.raw`(\d{1,2}(?:\.\d{1,2})?|${WORD_NUMBERS.join('|')})(?:\s*(?:-|\u2013|\u2014|to)\s*\d{1,2}(?:\.\d{1,2})?)?(?:\s*\+|[\s-]*plus)?`;
const YEARS = String.raw`(?:years?|yrs?)\.?['\u2019]?`;
const QUALIFIERS = ['professional', 'hands-on', 'commercial', 'industry', 'production', 'practical', 'solid', 'strong', 'extensive', 'deep', 'proven', 'relevant', 'total', 'overall', 'combined', 'working'];
const CONNECTORS = ['of', 'with', 'in', 'using', 'on', 'building', 'developing', 'writing', 'programming', 'coding', 'working with'];
const SUBJECT_CHARS = String.raw`[^\n,;:|()\[\]\u2022\u00b7/]{1,80}`;

// "N years [of] [qualifiers] [experience] [with] SUBJECT"; the subject is looked ahead at, not consumed,
// so "5 years of Go and 3 years of Rust" yields both claims.
const AFTER = new RegExp(
  String.raw`(?<![\w.])${NUMBER}\s*${YEARS}\s+(?:of\s+)?(?:(?:${QUALIFIERS.join('|')})\s+)*(?:(?:experience|exp\.?|expertise|background)\s+)?(?:(?:${CONNECTORS.join('|')})\s+)?(?=(${SUBJECT_CHARS}))`,
  'giu',
);
// "SUBJECT (N years …)", "SUBJECT - N years", "SUBJECT for N years": the subject is the text before.
const BEFORE = new RegExp(
  String.raw`(?:\s*[(\[]\s*(?:over\s+|about\s+|~)?${NUMBER}\s*${YEARS}[^)\]\n]{0,30}[)\]]|\s*[-\u2013\u2014:]\s*${NUMBER}\s*${YEARS}|\s+for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?${NUMBER}\s*${YEARS})`,
  'giu',
);
// Where a subject stops: list punctuation, a sentence end, "and"/"or"/"&".
const SUBJECT_END = /\.(?=\s|$)|\s(?:and|or|&)\s/iu;
const BEFORE_DELIMITERS = /[\n,;:|()\[\]\u2022\u00b7/]|\.(?=\s)|\s(?:and|or|&)\s/giu;
const NOT_SUBJECTS = new Set(['experience', 'exp', 'expertise', 'background']);

function yearsOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const word = WORD_NUMBERS.indexOf(raw.toLowerCase());
  const n = word >= 0 ? word + 1 : Number(raw);
  return Number.isFinite(n) && n > 0 && n <= MAX_YEARS ? n : undefined;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_PHRASE_LENGTH);

export function claimedExperience(text: string): ClaimedExperience[] {
  const claims: ClaimedExperience[] = [];
  for (const m of text.matchAll(AFTER)) {
    const years = yearsOf(m[1]);
    const tail = m[2] ?? '';
    const subjectWords = words(tail.split(SUBJECT_END)[0] ?? '').slice(0, MAX_SUBJECT_WORDS);
    const subject = subjectWords.join(' ');
    if (years === undefined || subject === '' || NOT_SUBJECTS.has(subject.toLowerCase())) continue;
    claims.push({ years, subject, anchor: 'start', phrase: collapse(`${m[0]}${subject}`) });
  }
  for (const m of text.matchAll(BEFORE)) {
    const years = yearsOf(m[1] ?? m[2] ?? m[3]);
    const before = text.slice(0, m.index);
    // "5-7 years" and "5 - 7 years" are ranges read above, not "5" followed by "- 7 years".
    if (m[2] !== undefined && /\d\s*$/.test(before)) continue;
    const cut = Math.max(0, ...[...before.matchAll(BEFORE_DELIMITERS)].map((d) => d.index + d[0].length));
    const subject = words(before.slice(cut)).slice(-MAX_SUBJECT_WORDS).join(' ');
    if (years === undefined || subject === '' || NOT_SUBJECTS.has(subject.toLowerCase())) continue;
    claims.push({ years, subject, anchor: 'end', phrase: collapse(`${subject}${m[0]}`) });
  }
  return claims.slice(0, MAX_CLAIMS);
}
