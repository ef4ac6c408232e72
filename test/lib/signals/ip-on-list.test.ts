import { describe, expect, it } from 'vitest';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/ip-on-list';
import { listsWith, makeCtx, makeListMatch, makeView } from './make-view';

const withIp = makeView({ ipAddresses: [{ ip: '203.0.113.7', source: 'recruiter', observedAt: 1 }] });
const cidr = makeListMatch({ kind: 'cidr', value: '203.0.113.0/24', query: '203.0.113.7', note: 'laptop farm, case 118' });
const asn = makeListMatch({ kind: 'asn', value: 'AS64500', query: 'AS64500' });
const facts: SignalContext['ipFacts'] = [{ ip: '203.0.113.7', source: 'recruiter', observedAt: 1, asn: 64500, asName: 'Example Net', country: 'NL' }];

describe('ip-on-list', () => {
  const cases: Array<[string, ReturnType<typeof makeView>, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no IP known', makeView(), { lists: listsWith([cidr]) }, { status: 'skip', reason: 'No IP address is known for this applicant' }],
    ['skip: no list enabled', withIp, {}, { status: 'skip', reason: 'No indicator list is enabled' }],
    ['skip: only a VPN list is enabled', withIp, { lists: listsWith([], { 'fraud-indicators': 0, 'vpn-hosting': 1 }) }, { status: 'skip', reason: 'No indicator list is enabled' }],
    ['miss: lists enabled, nothing matched', withIp, { lists: listsWith([]) }, { status: 'miss' }],
    ['miss: an e-mail match is listed-identifier\'s', withIp, { lists: listsWith([makeListMatch()]) }, { status: 'miss' }],
    ['miss: a VPN list match is vpn-or-hosting-ip\'s', withIp, { lists: listsWith([{ ...cidr, category: 'vpn-hosting' }]) }, { status: 'miss' }],
    ['hit: address in a listed range', withIp, { lists: listsWith([cidr]) }, {
      status: 'hit',
      evidence: [{ messageId: 'listed', data: { query: '203.0.113.7', network: '', kind: 'cidr', value: '203.0.113.0/24', listId: 'known-bad', listTitle: 'Known bad identities', note: ' (laptop farm, case 118)' } }],
    }],
    ['hit: the network (AS) is listed; evidence names the address and its network', withIp, { lists: listsWith([asn]), ipFacts: facts }, {
      status: 'hit',
      evidence: [{ messageId: 'listed', data: { query: '203.0.113.7', network: ' (AS64500 Example Net, NL)', kind: 'asn', value: 'AS64500', listId: 'known-bad', listTitle: 'Known bad identities', note: '' } }],
    }],
  ];
  it.each(cases)('%s', (_name, view, ctx, expected) => {
    expect(signal.evaluate(view, makeCtx(ctx))).toEqual(expected);
  });
});
