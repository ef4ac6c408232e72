export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'doctorate';

// Words and abbreviations (dots removed, lower case) that name a level; English only. Bare "as" and
// "aa" are left out: in free text they are words more often than degrees.
const LEVEL_WORDS: Record<DegreeLevel, readonly string[]> = {
  associate: ['associate', 'associates', 'aas'],
  bachelor: ['bachelor', 'bachelors', 'ba', 'bs', 'bsc', 'bse', 'be', 'beng', 'btech', 'bca', 'bba', 'bcom', 'bfa', 'llb', 'ab', 'sb'],
  master: ['master', 'masters', 'ma', 'ms', 'msc', 'mse', 'meng', 'mtech', 'mca', 'mba', 'mphil', 'mfa', 'llm', 'sm'],
  doctorate: ['doctor', 'doctorate', 'doctoral', 'phd', 'dphil', 'edd', 'dsc', 'md'],
};

/**
 * The level a degree text names ("BSc Computer Science", "Master of Science", "Ph.D."), or undefined
 * when it names none or more than one ("BS/MS"), so an unclear degree is never compared.
 */
export function degreeLevel(degree: string | undefined): DegreeLevel | undefined {
  if (degree === undefined) return undefined;
  // "B.Sc." -> "bsc", "Master's" -> "masters"; other punctuation separates words.
  const words = new Set(
    degree
      .toLowerCase()
      .replace(/[.'’]/g, '')
      .split(/[^a-z]+/)
      .filter((w) => w !== ''),
  );
  const levels = (Object.keys(LEVEL_WORDS) as DegreeLevel[]).filter((level) => LEVEL_WORDS[level].some((w) => words.has(w)));
  return levels.length === 1 ? levels[0] : undefined;
}
