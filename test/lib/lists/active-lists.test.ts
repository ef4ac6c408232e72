import { afterEach, describe, expect, it } from 'vitest';
import { appliedFilters, listContext, listWeights, setActiveLists, type ActiveListInfo } from '../../../lib/lists/active-lists';
import { makeView } from '../signals/make-view';

afterEach(() => setActiveLists([], new Map()));

const info = (fields: Partial<ActiveListInfo> = {}): ActiveListInfo => ({ title: 'L', filters: [], weightOverrides: [], ...fields });
const view = makeView({
  emails: [{ raw: 'qa@acme.example', folded: 'qa@acme.example', domain: 'acme.example' }],
  ipAddresses: [{ ip: '198.51.100.9', source: 'recruiter', observedAt: 1 }],
  employerDomains: ['acme.example'],
});

describe('active lists', () => {
  it('without enabled lists there is no list context, no filter and no weight', () => {
    expect(listContext(view)).toBeUndefined();
    expect(appliedFilters(view)).toEqual([]);
    expect(listWeights()).toEqual([]);
  });

  it('counts enabled lists by category and tags matches with their list category', () => {
    setActiveLists(
      [
        { listId: 'vpn', kind: 'asn', value: 'AS64501' },
        { listId: 'bad', kind: 'cidr', value: '198.51.100.0/24' },
      ],
      new Map([
        ['vpn', info({ title: 'VPNs', category: 'vpn-hosting' })],
        ['bad', info({ title: 'Bad' })],
      ]),
    );
    const ctx = listContext(view, [{ ip: '198.51.100.9', source: 'recruiter', observedAt: 1, asn: 64501 }]);
    expect(ctx?.enabled).toEqual({ 'fraud-indicators': 1, 'vpn-hosting': 1 });
    expect(ctx?.matches.map((m) => [m.listId, m.category, m.kind, m.query])).toEqual([
      ['bad', 'fraud-indicators', 'cidr', '198.51.100.9'],
      ['vpn', 'vpn-hosting', 'asn', 'AS64501'],
    ]);
  });

  it('matches the stored photo hashes passed in, as near-duplicates, in matches and in filters', () => {
    setActiveLists(
      [{ listId: 'bad', kind: 'photo-hash', value: 'f0e1d2c3b4a59687' }],
      new Map([['bad', info({ title: 'Bad', filters: [{ signalId: 'reused-photo', match: { kind: 'photo-hash', value: 'ffffffffffffffff' }, reason: 'our stock photo' }] })]]),
    );
    expect(listContext(view)?.matches).toEqual([]);
    expect(listContext(view, [], ['f0e1d2c3b4a59686'])?.matches.map((m) => [m.kind, m.value, m.query])).toEqual([['photo-hash', 'f0e1d2c3b4a59687', 'f0e1d2c3b4a59686']]);
    expect(appliedFilters(view, [], ['fffffffffffffff0'])).toEqual([{ signalId: 'reused-photo', listTitle: 'Bad', reason: 'our stock photo' }]);
  });

  it('applies a filter only to candidates matching it, and the lowest weight override wins', () => {
    setActiveLists(
      [],
      new Map([
        ['a', info({ title: 'A', filters: [{ signalId: 'disposable-email', match: { kind: 'email-domain', value: 'acme.example' }, reason: 'our QA accounts' }], weightOverrides: [{ signalId: 'voip-phone', weight: 0.3, reason: 'r1' }] })],
        ['b', info({ title: 'B', filters: [{ signalId: 'voip-phone', match: { kind: 'email', value: 'someone@else.example' }, reason: 'x' }], weightOverrides: [{ signalId: 'voip-phone', weight: 0.05, reason: 'r2' }] })],
      ]),
    );
    expect(appliedFilters(view)).toEqual([{ signalId: 'disposable-email', listTitle: 'A', reason: 'our QA accounts' }]);
    expect(listWeights()).toEqual([{ signalId: 'voip-phone', weight: 0.05, listTitle: 'B', reason: 'r2' }]);
  });
});
