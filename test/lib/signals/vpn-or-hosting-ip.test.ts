import { describe, expect, it } from 'vitest';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/vpn-or-hosting-ip';
import { listsWith, makeCtx, makeListMatch, makeView } from './make-view';

const withIp = makeView({ ipAddresses: [{ ip: '198.51.100.9', source: 'greenhouse', observedAt: 1 }] });
const hosting = makeListMatch({ listId: 'starter', listTitle: 'VPN and hosting networks', category: 'vpn-hosting', kind: 'asn', value: 'AS64501', query: 'AS64501', note: 'cloud hosting' });
const facts: SignalContext['ipFacts'] = [{ ip: '198.51.100.9', source: 'greenhouse', observedAt: 1, asn: 64501, asName: 'Example Cloud' }];

describe('vpn-or-hosting-ip', () => {
  const cases: Array<[string, ReturnType<typeof makeView>, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no IP known', makeView(), { lists: listsWith([hosting]) }, { status: 'skip', reason: 'No IP address is known for this applicant' }],
    ['skip: no list at all', withIp, {}, { status: 'skip', reason: 'No VPN and hosting list is enabled' }],
    ['skip: the VPN and hosting lists are turned off', withIp, { lists: listsWith([], { 'fraud-indicators': 2, 'vpn-hosting': 0 }) }, { status: 'skip', reason: 'No VPN and hosting list is enabled' }],
    ['miss: a residential address', withIp, { lists: listsWith([]) }, { status: 'miss' }],
    ['miss: an indicator-list match belongs to ip-on-list', withIp, { lists: listsWith([{ ...hosting, category: 'fraud-indicators' }]) }, { status: 'miss' }],
    ['hit: hosting network, named with the address', withIp, { lists: listsWith([hosting]), ipFacts: facts }, {
      status: 'hit',
      evidence: [{ messageId: 'listed', data: { query: '198.51.100.9', network: ' (AS64501 Example Cloud)', kind: 'asn', value: 'AS64501', listId: 'starter', listTitle: 'VPN and hosting networks', note: ' (cloud hosting)' } }],
    }],
  ];
  it.each(cases)('%s', (_name, view, ctx, expected) => {
    expect(signal.evaluate(view, makeCtx(ctx))).toEqual(expected);
  });
});
