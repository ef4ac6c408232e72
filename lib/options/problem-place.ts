import type { ListProblem } from '../lists/result';

/** Where a problem is, as people look for it: the file, the line, then the path in the document. */
export function problemPlace(problem: ListProblem): string {
  return [problem.file, problem.line === undefined ? undefined : `line ${problem.line}`, problem.path]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(', ');
}
