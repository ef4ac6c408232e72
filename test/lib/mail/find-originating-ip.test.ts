import { describe, expect, it } from 'vitest';
import { findOriginatingIp, MAX_RECEIVED_HOPS, type OriginatingIp } from '../../../lib/mail/find-originating-ip';

const hop = (host: string, ip: string) => `from ${host} (${host} [${ip}]) by next.example; Tue, 24 Nov 2026 10:04:11 +0000`;
const SHARED = (host: string) => `Received from ${host} (a shared mail service's server: it does not show the sender's address)`;

// Chains are in header order: newest (top) first, the sender's end last.
describe('findOriginatingIp', () => {
  it.each<[string, string[], OriginatingIp]>([
    ['no chain', [], { notes: ['no Received fields (the route the message took is not shown)'] }],
    ['the bottom hop is the sender', [hop('mx.example', '198.51.100.1'), hop('client.example', '203.0.113.9')], { ip: '203.0.113.9', notes: [] }],
    ['hops without a from-clause are passed', [hop('gw.example', '198.51.100.1'), 'by 2002:a05::1 with SMTP id x; date'], { ip: '198.51.100.1', notes: [] }],
    ['private hops are passed and noted', [hop('gw.example', '198.51.100.1'), hop('ws.example', '10.0.0.5')], { ip: '198.51.100.1', notes: ['10.0.0.5 (a private or local address)'] }],
    ['a shared service ends the walk, even with public hops above', [hop('mx.recipient.example', '198.51.100.1'), hop('mail-sor-f41.google.com', '209.85.220.41')],
      { notes: [SHARED('mail-sor-f41.google.com')] }],
    ['the reverse-DNS name decides over the announced name', [`from mail.google.com (dsl.example.net [203.0.113.9]) by x`], { ip: '203.0.113.9', notes: [] }],
    ['a hop with a name but no address is passed', [hop('gw.example', '198.51.100.1'), 'from laptop.example by gw.example with ESMTPSA id 1'], { ip: '198.51.100.1', notes: [] }],
    ['nothing public', [hop('ws.example', '10.0.0.5')], { notes: ['10.0.0.5 (a private or local address)', 'Received (no hop shows a public address for the sender)'] }],
  ])('%s', (_name, chain, expected) => {
    expect(findOriginatingIp(chain)).toEqual(expected);
  });

  it('walks only the oldest MAX_RECEIVED_HOPS fields', () => {
    const chain = [hop('far.example', '198.51.100.1'), ...Array.from({ length: MAX_RECEIVED_HOPS }, () => hop('ws.example', '10.0.0.5'))];
    expect(findOriginatingIp(chain).ip).toBeUndefined();
  });
});
