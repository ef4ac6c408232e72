import { z } from 'zod';
import table from './technology-releases.json';

/**
 * The release-date table (technology-releases.json) and the look-up that finds a technology named in
 * a claim. The file is data maintained by hand; test/lib/signals/data/technology-releases.test.ts
 * parses it with these schemas and checks it is canonical, so nothing parses it at run time.
 */
export const TechnologyReleaseSchema = z.strictObject({
  name: z.string().min(1).max(60),
  /** Every spelling matched (the name too, unless it is an ordinary word); compared by `technologyKey`. */
  aliases: z.array(z.string().min(1).max(60)).min(1).max(12),
  /** First public release, preview or open-sourcing: `YYYY` or `YYYY-MM`. */
  released: z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/),
  source: z.url({ protocol: /^https$/ }),
  /** Why this date (or alias set) was chosen, where it is not obvious. */
  note: z.string().min(1).max(300).optional(),
});
export type TechnologyRelease = z.infer<typeof TechnologyReleaseSchema>;

export const TechnologyTableSchema = z.strictObject({
  about: z.string().min(1),
  technologies: z.array(TechnologyReleaseSchema).min(1),
});

export const technologies: readonly TechnologyRelease[] = table.technologies;

/**
 * Comparison form of a technology name: lower case, spaces, hyphens and underscores removed, dots
 * removed except a leading one (".NET" stays apart from the word "net"). "React.js", "ReactJS" and
 * "react js" are all "reactjs".
 */
export function technologyKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '')
    .replace(/(?!^)\./g, '');
}

// Words that may follow a technology without changing what it is ("Kubernetes administration",
// "Go backend development"). Anything else after it ("Swift messaging", "electron microscopy") means
// the words may name something else, and the claim is not read.
const GENERIC_WORDS = new Set([
  'administration', 'api', 'apis', 'app', 'applications', 'apps', 'architecture', 'automation', 'backend', 'back-end', 'cloud', 'cluster',
  'clusters', 'coding', 'components', 'data', 'databases', 'deployment', 'deployments', 'design', 'developer', 'development', 'devops',
  'ecosystem', 'engineering', 'environment', 'environments', 'experience', 'expertise', 'framework', 'frontend', 'front-end', 'full-stack',
  'fullstack', 'infrastructure', 'language', 'microservices', 'migration', 'mobile', 'platform', 'production', 'programming', 'projects',
  'scripting', 'server', 'servers', 'services', 'skills', 'software', 'stack', 'systems', 'tooling', 'web', 'work',
]);
// Version numbers ("Angular 2+", "Vue 3", "Python 3.x") say which release, not what technology.
const VERSION = /^v?\d+(\.\d+)*(\.x|\+)?$/;
/** Longest alias in words: "Google Cloud Platform". */
const MAX_ALIAS_WORDS = 3;

let index: Map<string, TechnologyRelease> | undefined;

function byKey(): Map<string, TechnologyRelease> {
  index ??= new Map(technologies.flatMap((t) => t.aliases.map((alias) => [technologyKey(alias), t] as const)));
  return index;
}

/**
 * The technology a claim's subject names. `start`: the subject begins with it, and any words after
 * it are generic ("Rust programming"); `end`: the subject ends with it ("cloud platforms AWS").
 * Longer aliases win ("React Native" over "React"). Undefined when nothing in the table is named.
 */
export function findTechnology(subject: string, anchor: 'start' | 'end'): TechnologyRelease | undefined {
  const words = subject.split(/\s+/).filter((w) => w !== '');
  for (let n = Math.min(MAX_ALIAS_WORDS, words.length); n >= 1; n--) {
    const named = anchor === 'start' ? words.slice(0, n) : words.slice(words.length - n);
    const found = byKey().get(technologyKey(named.join(' ')));
    if (!found) continue;
    const rest = anchor === 'start' ? words.slice(n) : [];
    if (rest.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || VERSION.test(w))) return found;
  }
  return undefined;
}
