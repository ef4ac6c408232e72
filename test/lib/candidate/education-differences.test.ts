import { describe, expect, it } from 'vitest';
import { educationDifferences, type EducationDifference } from '../../../lib/candidate/education-differences';
import type { Education } from '../../../lib/candidate/observation';

const school = (degree: string | undefined, start?: string, end?: string, name = 'University of Toronto'): Education => ({
  school: name,
  ...(degree === undefined ? {} : { degree }),
  ...(start === undefined ? {} : { start }),
  ...(end === undefined ? {} : { end }),
});
type Case = [string, Education[], Education[], { compared: number; differences: EducationDifference[] }];
const same = (compared: number) => ({ compared, differences: [] });

describe('educationDifferences', () => {
  const cases: Case[] = [
    ['same degree and years, written differently', [school('BSc Computer Science', '2010', '2014')], [school('Bachelor of Science', '2010', '2014', 'The University of Toronto')], same(1)],
    ['years one apart', [school('BSc', '2010', '2014')], [school('B.Sc.', '2010-09', '2015-05')], same(1)],
    ['same level, graduation two years apart', [school('BSc', '2010', '2014')], [school('Bachelor of Science', '2012', '2016')], {
      compared: 1, differences: [{ school: 'University of Toronto', left: 'BSc, 2010 to 2014', right: 'Bachelor of Science, 2012 to 2016' }],
    }],
    ['different level, same graduation year', [school('BSc Computer Science', '2010', '2014')], [school('MSc Computer Science', '2012', '2014')], {
      compared: 1, differences: [{ school: 'University of Toronto', left: 'BSc Computer Science, 2010 to 2014', right: 'MSc Computer Science, 2012 to 2014' }],
    }],
    ['different level, different years: two degrees', [school('BSc', '2010', '2014')], [school('MSc', '2014', '2016')], same(1)],
    ['different level, no years: not decidable', [school('BSc')], [school('MSc')], same(1)],
    ['a degree level missing on one side', [school('Computer Science', '2010', '2014')], [school('MSc', '2016', '2018')], same(0)],
    ['two entries at the school on one page: not compared', [school('BSc', '2010', '2014'), school('MSc', '2014', '2016')], [school('MSc', '2018', '2020')], same(0)],
    ['different schools', [school('BSc', '2010', '2014')], [school('BSc', '2016', '2020', 'McGill University')], same(0)],
    ['school only on one page', [school('BSc', '2010', '2014')], [], same(0)],
  ];
  it.each(cases)('%s', (_label, a, b, expected) => {
    expect(educationDifferences(a, b)).toEqual(expected);
  });
});
