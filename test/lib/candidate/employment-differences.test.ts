import { describe, expect, it } from 'vitest';
import { employmentDifferences, type EmploymentDifference } from '../../../lib/candidate/employment-differences';
import type { Employment } from '../../../lib/candidate/observation';

// Both pages read on 2026-12-01 unless a case says otherwise.
const READ = Date.UTC(2026, 11, 1);
const page = (employment: Employment[], observedAt = READ) => ({ employment, observedAt });
const job = (organisation: string, start?: string, end?: string | 'present'): Employment => ({
  organisation,
  ...(start === undefined ? {} : { start }),
  ...(end === 'present' ? { current: true } : end === undefined ? {} : { end }),
});

type Case = [string, Employment[], Employment[], { compared: number; differences: EmploymentDifference[] }];
const same = (compared: number) => ({ compared, differences: [] });

describe('employmentDifferences', () => {
  const cases: Case[] = [
    ['same dates', [job('Acme', '2019-03', '2022-06')], [job('ACME Inc.', '2019-03', '2022-06')], same(1)],
    ['start within three months', [job('Acme', '2019-03', '2022-06')], [job('Acme', '2019-06', '2022-06')], same(1)],
    ['year against month of that year', [job('Acme', '2019', '2022')], [job('Acme', '2019-11', '2022-01')], same(1)],
    ['start four months apart', [job('Acme', '2019-03', '2022-06')], [job('Acme', '2019-07', '2022-06')], {
      compared: 1, differences: [{ employer: 'Acme', left: '2019-03 to 2022-06', right: '2019-07 to 2022-06' }],
    }],
    ['end two years apart', [job('Acme', '2019-03', '2022-06')], [job('Acme', '2019-03', '2024-06')], {
      compared: 1, differences: [{ employer: 'Acme', left: '2019-03 to 2022-06', right: '2019-03 to 2024-06' }],
    }],
    ['employer only on one page: a shorter history is no difference', [job('Acme', '2019-03', '2022-06'), job('Globex', '2015', '2019')], [job('Acme', '2019-03', '2022-06')], same(1)],
    ['different employers are not compared', [job('Acme', '2019-03', 'present')], [job('Globex', '2019-03', 'present')], same(0)],
    ['roles at one employer merge into one stretch', [job('Acme', '2022-03', 'present'), job('Acme', '2019-01', '2022-03')], [job('Acme', '2019-01', 'present')], same(1)],
    ['merged roles still compared', [job('Acme', '2022-03', 'present'), job('Acme', '2019-01', '2022-03')], [job('Acme', '2021-01', 'present')], {
      compared: 1, differences: [{ employer: 'Acme', left: '2019-01 to present', right: '2021-01 to present' }],
    }],
    ['two stints with a gap: not compared (the other page may list one)', [job('Acme', '2015-01', '2016-12'), job('Acme', '2019-01', '2021-06')], [job('Acme', '2019-01', '2021-06')], same(0)],
    ['roles without dates: not compared', [job('Acme'), job('Acme', '2019-01', '2021-06')], [job('Acme', '2015-01', '2021-06')], same(0)],
    ['current with no dates (an ATS "current company") against an ended job', [job('Acme', undefined, 'present')], [job('Acme', '2019-01', '2021-06')], same(1)],
    ['present on a page written before the other says it ended', [job('Acme', '2019-01', 'present')], [job('Acme', '2019-01', '2021-06')], same(1)],
    ['present on a page that mentions a later date than that end', [job('Acme', '2019-01', 'present'), job('Side Project', '2024-05', 'present')], [job('Acme', '2019-01', '2021-06')], {
      compared: 1, differences: [{ employer: 'Acme', left: '2019-01 to present', right: '2019-01 to 2021-06' }],
    }],
    ['either side may say present', [job('Acme', '2019-01', '2021-06')], [job('Acme', '2019-01', 'present'), job('Globex', '2023-02', '2024-01')], {
      compared: 1, differences: [{ employer: 'Acme', left: '2019-01 to 2021-06', right: '2019-01 to present' }],
    }],
    ['unknown end on one side: only starts compared', [job('Acme', '2019-01')], [job('Acme', '2019-02', '2021-06')], same(1)],
    ['no organisation', [{ title: 'Engineer', start: '2019-01' }], [{ title: 'Engineer', start: '2012-01' }], same(0)],
  ];
  it.each(cases)('%s', (_label, a, b, expected) => {
    expect(employmentDifferences(page(a), page(b))).toEqual(expected);
  });

  it('never dates a page after it was read', () => {
    // A hostile or mistyped future date does not make an old page look newer than it is.
    const early = page([job('Acme', '2019-01', 'present'), job('Side', '2030-01', 'present')], Date.UTC(2021, 0, 1));
    expect(employmentDifferences(early, page([job('Acme', '2019-01', '2020-11')])).differences).toEqual([]);
  });
});
