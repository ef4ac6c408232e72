import type { z } from 'zod';
import { linesOfPaths } from './json-lines';
import { formatPath, type PathSegment } from './json-path';
import type { SignalList } from './schema';

/**
 * What every list parser and importer returns. A list is accepted whole or refused whole: a refused
 * list carries every problem found (capped, see MAX_PROBLEMS), each with where it is.
 */

export interface ListProblem {
  /** JSON path in the parsed document ("entries[3].value"), or "" for the document as a whole. */
  path: string;
  /** 1-based line in the input text, where known. */
  line?: number;
  message: string;
  /** Which input, when several were imported together (importLists). */
  file?: string;
}

export type ListParseResult =
  | { ok: true; list: SignalList; warnings: string[] }
  | { ok: false; problems: ListProblem[] };

export type { PathSegment } from './json-path';

/** A problem still addressed by segments; lines are looked up for all of them in one pass. */
export interface RawProblem {
  segments: PathSegment[];
  message: string;
  line?: number;
  /** The path is not in the source text (importer metadata), so no line is looked up. */
  unplaced?: boolean;
}

// A list with a million bad rows needs the first screenful and a count, not a million messages.
export const MAX_PROBLEMS = 1000;

/**
 * Readable problems from zod issues. An unknown key becomes a problem at that key's own path, with a
 * suggestion when `knownKeys` offers a close spelling ("vesion" -> "version").
 */
export function problemsFromZod(
  issues: readonly z.core.$ZodIssue[],
  knownKeys: (segments: readonly PathSegment[]) => readonly string[] = () => [],
): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const issue of issues) {
    const segments = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = knownKeys(segments).find((k) => editDistance(k, key) <= 2);
        problems.push({ segments: [...segments, key], message: `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}` });
      }
    } else if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
      problems.push({ segments, message: 'missing required field' });
    } else {
      problems.push({ segments, message: issue.message });
    }
  }
  return problems;
}

/**
 * Formats raw problems, filling in lines from `text` (a JSON document) for those without one.
 * A path that does not exist in the text (a missing key) gets the line of its nearest ancestor.
 */
export function finishProblems(raw: readonly RawProblem[], text?: string, file?: string): ListProblem[] {
  const shown = raw.slice(0, MAX_PROBLEMS);
  let lines = new Map<string, number>();
  if (text !== undefined) {
    const wanted = new Set<string>();
    for (const p of shown) if (p.line === undefined && !p.unplaced) for (let n = p.segments.length; n >= 0; n--) wanted.add(formatPath(p.segments.slice(0, n)));
    lines = linesOfPaths(text, wanted);
  }
  const problems = shown.map((p) => {
    const problem: ListProblem = { path: formatPath(p.segments), message: p.message };
    let line = p.line;
    for (let n = p.segments.length; line === undefined && !p.unplaced && n >= 0 && text !== undefined; n--) line = lines.get(formatPath(p.segments.slice(0, n)));
    if (line !== undefined) problem.line = line;
    if (file !== undefined) problem.file = file;
    return problem;
  });
  if (raw.length > shown.length) {
    problems.push({ path: '', message: `${raw.length - shown.length} more problems not shown`, ...(file === undefined ? {} : { file }) });
  }
  return problems;
}

export function refuse(raw: readonly RawProblem[], text?: string): ListParseResult {
  return { ok: false, problems: finishProblems(raw, text) };
}

/** "1,234 entries" style counts in messages; nouns ending in "y" take "ies". */
export function count(n: number, noun: string): string {
  const plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

/** Levenshtein distance, for typo hints on short key names only. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
