import { describe, expect, it } from 'vitest';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/young-github-account';
import { makeCtx, makeView, NOW } from './make-view';

// NOW is 2026-12-01T00:00:00Z.
describe('young-github-account', () => {
  const cases: Array<[string, Record<string, string>, SignalOutcome]> = [
    ['hit: joined two months ago', { github: '2026-10-01' }, {
      status: 'hit', evidence: [{ messageId: 'young', data: { joined: '2026-10-01', ageDays: 61 } }],
    }],
    ['hit: month only, counted from its first day', { github: '2026-09' }, {
      status: 'hit', evidence: [{ messageId: 'young', data: { joined: '2026-09', ageDays: 91 } }],
    }],
    ['hit: joined today', { github: '2026-12-01' }, {
      status: 'hit', evidence: [{ messageId: 'young', data: { joined: '2026-12-01', ageDays: 0 } }],
    }],
    ['hit: 179 days', { github: '2026-06-05' }, {
      status: 'hit', evidence: [{ messageId: 'young', data: { joined: '2026-06-05', ageDays: 179 } }],
    }],
    ['miss: exactly 180 days', { github: '2026-06-04' }, { status: 'miss' }],
    ['miss: years old', { github: '2014-03' }, { status: 'miss' }],
    ['miss: year only is counted from January', { github: '2026' }, { status: 'miss' }],
    ['skip: no join date shown', {}, { status: 'skip', reason: 'No GitHub join date was shown' }],
    ['skip: only another site has a date', { linkedin: '2026-11' }, { status: 'skip', reason: 'No GitHub join date was shown' }],
    ['skip: date after now', { github: '2027-01' }, { status: 'skip', reason: 'The GitHub join date is later than the time of this check' }],
    ['skip: impossible date', { github: '2026-13' }, { status: 'skip', reason: 'The GitHub join date could not be read' }],
  ];
  it.each(cases)('%s', (_label, accountCreatedAt, expected) => {
    expect(signal.evaluate(makeView({ accountCreatedAt }), makeCtx({ now: NOW }))).toEqual(expected);
  });
});
