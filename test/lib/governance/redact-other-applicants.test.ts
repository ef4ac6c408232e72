import { describe, expect, it } from 'vitest';
import { OTHER_APPLICANT, redactOtherApplicants, WITHHELD } from '../../../lib/governance/redact-other-applicants';
import type { Assessment, SignalResult } from '../../../lib/risk/assessment';

const result = (signalId: string, evidence: SignalResult['evidence']): SignalResult => ({
  signalId, title: signalId, severity: 'high', weight: 0.5, status: 'hit', evidence, falsePositive: false, contribution: 10,
});
const assessment = (results: SignalResult[], explanation: string[] = []): Assessment => ({ candidateId: 'c1', assessedAt: 1, score: 10, band: 'low', results, explanation });

const SAM = { otherName: 'Sam Okafor', otherSource: 'Greenhouse', otherPageUrl: 'https://app.greenhouse.io/people/1002', otherSeenAt: '2026-11-23' };
const phone = result('reused-phone', [{ messageId: 'reused', data: { keyValue: '+14155550134', ...SAM }, text: '+14155550134 also seen for Sam Okafor on Greenhouse on 2026-11-23 at https://app.greenhouse.io/people/1002' }]);

describe('redactOtherApplicants', () => {
  it.each<[string, Assessment, (a: Assessment) => unknown, unknown]>([
    ['the evidence data: name and page replaced, site and date kept', assessment([phone]), (a) => a.results[0]?.evidence[0]?.data,
      { keyValue: '+14155550134', otherName: OTHER_APPLICANT, otherSource: 'Greenhouse', otherPageUrl: WITHHELD, otherSeenAt: '2026-11-23' }],
    ['the rendered text', assessment([phone]), (a) => a.results[0]?.evidence[0]?.text,
      `+14155550134 also seen for ${OTHER_APPLICANT} on Greenhouse on 2026-11-23 at ${WITHHELD}`],
    ['the explanation lines that repeat the text', assessment([phone], ['Phone number reused: also seen for Sam Okafor at https://app.greenhouse.io/people/1002 (+50)']), (a) => a.explanation,
      [`Phone number reused: also seen for ${OTHER_APPLICANT} at ${WITHHELD} (+50)`]],
    ['a list match is not another applicant: unchanged', assessment([result('ip-on-list', [{ messageId: 'listed', data: { value: '81.2.69.0/24', listTitle: 'Feed' }, text: '81.2.69.142 on Feed' }])]), (a) => a.results[0]?.evidence[0],
      { messageId: 'listed', data: { value: '81.2.69.0/24', listTitle: 'Feed' }, text: '81.2.69.142 on Feed' }],
    ['the "more" line keeps its count', assessment([result('reused-phone', [{ messageId: 'more', data: { count: 3 }, text: '3 more applicants share this number' }])]), (a) => a.results[0]?.evidence[0]?.text,
      '3 more applicants share this number'],
  ])('%s', (_name, input, pick, expected) => {
    expect(pick(redactOtherApplicants(input))).toEqual(expected);
  });

  it('does not change the stored assessment it was given', () => {
    const input = assessment([phone]);
    const copy = structuredClone(input);
    redactOtherApplicants(input);
    expect(input).toEqual(copy);
  });
});
