import { describe, expect, it } from 'vitest';
import type { CandidateView, SourceProfile } from '../../../lib/candidate/candidate-view';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/profile-mismatch';
import { makeCtx, makeView, NOW } from './make-view';

const profile = (source: string, fields: Partial<SourceProfile> = {}, observedAt = NOW): SourceProfile => ({
  source, pageUrl: `https://${source}.example/p/1`, observedAt, names: ['Jordan Ellis'], employment: [], education: [], skills: [], ...fields,
});
const view = (...profiles: SourceProfile[]): CandidateView => makeView({ profiles });
const acme = (start: string, end?: string) => ({ organisation: 'Acme', start, ...(end === undefined ? { current: true } : { end }) });
const degree = (d: string, start: string, end: string) => ({ school: 'University of Toronto', degree: d, start, end });

describe('profile-mismatch', () => {
  const cases: Array<[string, CandidateView, SignalOutcome]> = [
    ['skip: no pages', view(), { status: 'skip', reason: 'Seen on one site only; there is nothing to compare across sites' }],
    ['skip: two pages of one site', view(profile('greenhouse', { names: ['Sam Okafor'] }), profile('greenhouse')), {
      status: 'skip', reason: 'Seen on one site only; there is nothing to compare across sites',
    }],
    ['skip: nothing comparable (no names, no shared employer or school)', view(profile('linkedin', { names: [] }), profile('greenhouse', { names: ['J. E.'] })), {
      status: 'skip', reason: 'No name, employer or school appears on two sites in a form that can be compared',
    }],
    ['miss: spellings of one name', view(profile('linkedin', { names: ['José Núñez-García'] }), profile('greenhouse', { names: ['Jose Nunez Garcia'] })), { status: 'miss' }],
    ['miss: initial and middle name', view(profile('linkedin', { names: ['Jordan A. Ellis'] }), profile('gmail-source', { names: ['J. Ellis'] })), { status: 'miss' }],
    ['miss: a shorter history on one site', view(
      profile('linkedin', { employment: [acme('2019-03'), { organisation: 'Globex', start: '2015-01', end: '2019-02' }] }),
      profile('indeed', { employment: [acme('2019-03')] }),
    ), { status: 'miss' }],
    ['miss: dates within three months', view(profile('linkedin', { employment: [acme('2019-03', '2022-06')] }), profile('indeed', { employment: [acme('2019-05', '2022-04')] })), { status: 'miss' }],
    ['hit: different names', view(profile('linkedin', { names: ['Jordan Ellis'] }), profile('greenhouse', { names: ['Sam Okafor'] })), {
      status: 'hit',
      evidence: [{ messageId: 'name', data: { leftName: 'Jordan Ellis', rightName: 'Sam Okafor', leftSite: 'LinkedIn', rightSite: 'Greenhouse' } }],
    }],
    ['hit: same employer, start years apart', view(profile('linkedin', { employment: [acme('2019-03', '2022-06')] }), profile('indeed', { employment: [acme('2017-01', '2022-06')] })), {
      status: 'hit',
      evidence: [{ messageId: 'employment', data: { employer: 'Acme', leftDates: '2019-03 to 2022-06', rightDates: '2017-01 to 2022-06', leftSite: 'LinkedIn', rightSite: 'Indeed' } }],
    }],
    ['hit: same school, other degree in the same year', view(profile('linkedin', { education: [degree('BSc', '2010', '2014')] }), profile('wellfound', { education: [degree('MSc', '2012', '2014')] })), {
      status: 'hit',
      evidence: [{ messageId: 'education', data: { school: 'University of Toronto', leftDegree: 'BSc, 2010 to 2014', rightDegree: 'MSc, 2012 to 2014', leftSite: 'LinkedIn', rightSite: 'Wellfound' } }],
    }],
    ['hit: one line per difference, repeated pages of one site counted once', view(
      profile('linkedin', { names: ['Jordan Ellis'] }),
      profile('gmail-source', { names: ['Sam Okafor'], pageUrl: 'https://mail.example/1' }),
      profile('gmail-source', { names: ['Sam Okafor'], pageUrl: 'https://mail.example/2' }),
    ), {
      status: 'hit',
      evidence: [{ messageId: 'name', data: { leftName: 'Jordan Ellis', rightName: 'Sam Okafor', leftSite: 'LinkedIn', rightSite: 'Gmail (show original)' } }],
    }],
  ];
  it.each(cases)('%s', (_label, candidate, expected) => {
    expect(signal.evaluate(candidate, makeCtx())).toEqual(expected);
  });

  it('shows ten differences and counts the rest', () => {
    const names = ['Ana Lima', 'Ben Cole', 'Cai Wen', 'Dev Rao', 'Eli Park', 'Fay Moss', 'Gus Hale', 'Hal Reed', 'Ivy Chen', 'Jon Bell', 'Kit Lane', 'Lou Tran'];
    const outcome = signal.evaluate(view(profile('linkedin'), ...names.map((n, i) => profile(`site-${i}`, { names: [n] }))), makeCtx());
    expect(outcome.status).toBe('hit');
    const evidence = outcome.status === 'hit' ? outcome.evidence : [];
    expect(evidence).toHaveLength(11);
    // 13 sites whose names all differ: 13 * 12 / 2 = 78 pairs, 10 shown.
    expect(evidence[10]).toEqual({ messageId: 'more', data: { count: 68 } });
  });
});
