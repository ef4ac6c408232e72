import { describe, expect, it } from 'vitest';
import type { IpFact, SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/ip-location-mismatch';
import { makeCtx, makeView } from './make-view';

const AT = Date.UTC(2026, 10, 24, 9);
const fact = (ip: string, fields: Partial<IpFact> = {}): IpFact => ({ ip, source: 'recruiter', observedAt: AT, ...fields });
const view = (country: string | undefined, ...ips: string[]) =>
  makeView({
    location: { raw: 'Austin, TX', ...(country === undefined ? {} : { country }) },
    ipAddresses: ips.map((ip) => ({ ip, source: 'recruiter', observedAt: AT })),
  });

describe('ip-location-mismatch', () => {
  const cases: Array<[string, ReturnType<typeof makeView>, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no claimed country', view(undefined, '192.0.2.1'), { ipFacts: [fact('192.0.2.1', { country: 'NG' })] }, { status: 'skip', reason: 'The claimed location has no known country' }],
    ['skip: no IP', view('US'), { ipFacts: [] }, { status: 'skip', reason: 'No IP address is known for this applicant' }],
    ['skip: IP database unavailable', view('US', '192.0.2.1'), {}, { status: 'skip', reason: 'The IP database is not available' }],
    ['skip: database knows no country for the address', view('US', '192.0.2.1'), { ipFacts: [fact('192.0.2.1')] }, { status: 'skip', reason: 'The IP database has no country for these addresses' }],
    ['miss: same country', view('US', '192.0.2.1'), { ipFacts: [fact('192.0.2.1', { country: 'US' })] }, { status: 'miss' }],
    ['hit: registered elsewhere; evidence names the network and when it was seen', view('US', '192.0.2.1', '192.0.2.2'), {
      ipFacts: [fact('192.0.2.1', { country: 'US' }), fact('192.0.2.2', { country: 'KP', asn: 64502, asName: 'Example Telecom' })],
    }, {
      status: 'hit',
      evidence: [{ messageId: 'mismatch', data: { ip: '192.0.2.2', network: ' (AS64502 Example Telecom)', ipCountry: 'KP', claimedCountry: 'US', when: 'added by a recruiter on 2026-11-24' } }],
    }],
  ];
  it.each(cases)('%s', (_name, v, ctx, expected) => {
    expect(signal.evaluate(v, makeCtx(ctx))).toEqual(expected);
  });
});
