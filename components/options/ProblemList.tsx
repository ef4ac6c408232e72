import type { ListProblem } from '@/lib/lists/result';
import { problemPlace } from '@/lib/options/problem-place';

export interface ProblemListProps {
  problems: readonly ListProblem[];
}

/** Every reason an input was refused, each with its place, in the order the importer found them. */
export function ProblemList({ problems }: ProblemListProps) {
  return (
    <ul className="hp-problems">
      {problems.map((problem, i) => {
        const place = problemPlace(problem);
        return (
          // Problems have no identity of their own, and the list never reorders.
          <li key={i} className="hp-problem">
            {place ? <span className="hp-problem__place">{place}: </span> : null}
            <span>{problem.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
