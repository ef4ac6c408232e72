import { describe, expect, it } from 'vitest';
import { degreeLevel, type DegreeLevel } from '../../../lib/candidate/degree-level';

describe('degreeLevel', () => {
  const cases: Array<[string | undefined, DegreeLevel | undefined]> = [
    ['BSc Computer Science', 'bachelor'],
    ['B.Sc. (Hons) Mathematics', 'bachelor'],
    ["Bachelor's degree, Computer Engineering", 'bachelor'],
    ['B.E. Electronics', 'bachelor'],
    ['Bachelor of Technology - BTech', 'bachelor'],
    ['M.S. Computer Science', 'master'],
    ['Master of Science', 'master'],
    ["Master's in Data Science", 'master'],
    ['MBA', 'master'],
    ['Ph.D., Physics', 'doctorate'],
    ['Doctor of Philosophy', 'doctorate'],
    ['Associate of Applied Science', 'associate'],
    ['BS/MS Computer Science', undefined],
    ['Diploma in Software Engineering', undefined],
    ['Computer Science', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('%s -> %s', (degree, expected) => {
    expect(degreeLevel(degree)).toBe(expected);
  });
});
