import { describe, expect, it } from 'vitest';
import { MAX_PASTE_LENGTH, parsePastedEvidence } from '../../../lib/candidate/parse-pasted-evidence';

describe('parsePastedEvidence', () => {
  it.each<[string, string, { ips?: string[]; offsets?: number[]; ignored?: string[] }]>([
    ['a bare IPv4 address', '203.0.113.7', { ips: ['203.0.113.7'] }],
    ['IPv6, canonicalised', 'from 2001:DB8:0:0::1 today', { ips: ['2001:db8::1'] }],
    ['IPv4-mapped IPv6', '::ffff:203.0.113.9', { ips: ['203.0.113.9'] }],
    ['invalid octets are not an address', '999.1.1.1 and 1.2.3', {}],
    ['a version number is not an address', 'version 1.2.3.4.5', {}],
    ['private and local addresses are set aside', '10.1.2.3 192.168.0.10 127.0.0.1 fe80::1 100.64.0.1', {
      ignored: ['10.1.2.3 (a private or local address)', '192.168.0.10 (a private or local address)', '127.0.0.1 (a private or local address)', '100.64.0.1 (a private or local address)', 'fe80::1 (a private or local address)'],
    }],
    ['named offsets', 'Time zone: UTC+5:30, also GMT-7 and UTC \u2212 08:00', { offsets: [330, -420, -480] }],
    ['a mail Date header', 'Date: Tue, 24 Nov 2026 10:04:11 -0800', { offsets: [-480] }],
    ['a bare offset', 'offset +05:45 noted', { offsets: [345] }],
    ['a clock time is not an offset or an address', 'call at 10:30:00 tomorrow', {}],
    ['impossible offsets are reported', 'UTC+15:00 and GMT+5:75', { ignored: ['UTC+15:00 (not a real UTC offset)', 'GMT+5:75 (not a real UTC offset)'] }],
    ['a phone number is neither', '+1 415 555 0134', {}],
    ['Received headers give public hops and the date', [
      'Received: from mail.example.net (mail.example.net [198.51.100.23])',
      '\tby mx.example.com with ESMTPS id abc for <hr@example.com>; Tue, 24 Nov 2026 18:04:11 +0530',
      'Received: from [192.168.1.20] (IPv6:2001:db8:85a3::8a2e:370:7334) by mail.example.net',
    ].join('\n'), { ips: ['198.51.100.23', '2001:db8:85a3::8a2e:370:7334'], offsets: [330], ignored: ['192.168.1.20 (a private or local address)'] }],
    ['the same value twice is one', '203.0.113.7, 203.0.113.7 UTC+1 GMT+01:00', { ips: ['203.0.113.7'], offsets: [60] }],
  ])('%s', (_name, text, expected) => {
    expect(parsePastedEvidence(text)).toEqual({ ips: [], offsets: [], ignored: [], ...expected });
  });

  it('reads only the first MAX_PASTE_LENGTH characters and says so', () => {
    const result = parsePastedEvidence(`${'x'.repeat(MAX_PASTE_LENGTH)} 203.0.113.7`);
    expect(result.ips).toEqual([]);
    expect(result.ignored).toEqual(['text after the first 20,000 characters']);
  });
});

describe('parsePastedEvidence: a whole header block is read like a show-original page (lib/mail)', () => {
  const block = [
    'Received: from mx.relay.example (mx.relay.example [198.51.100.3]) by mx.recipient.example; Tue, 24 Nov 2026 10:04:13 +0000',
    'Received: from [192.168.0.12] (unknown [175.193.42.17]) by smtp.mailhost.example with ESMTPSA id 4B2C; Wed, 25 Nov 2026 10:04:13 +0900',
    'From: Casey Morgan <casey@mailhost.example>',
    'Date: Wed, 25 Nov 2026 10:04:11 +0900',
  ];
  it.each<[string, string, { ips?: string[]; offsets?: number[]; ignored?: string[] }]>([
    ['the originating hop and the Date only, not the relays above it', block.join('\n'), { ips: ['175.193.42.17'], offsets: [540] }],
    ['a shared mail service hides the sender', [
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com',
      'From: a@gmail.com',
      'Date: Tue, 24 Nov 2026 09:15:01 -0600',
    ].join('\n'), { offsets: [-360], ignored: ["Received from mail-sor-f41.google.com (a shared mail service's server: it does not show the sender's address)"] }],
    ['a Date at UTC does not place the sender', 'From: a@example.com\nX-Originating-IP: [81.2.69.160]\nDate: Tue, 24 Nov 2026 18:04:11 +0000', {
      ips: ['81.2.69.160'],
      ignored: ['no Received fields (the route the message took is not shown)', 'Date at UTC+00:00 (what software that stamps UTC writes, so it does not place the sender)'],
    }],
  ])('%s', (_name, text, expected) => {
    expect(parsePastedEvidence(text)).toEqual({ ips: [], offsets: [], ignored: [], ...expected });
  });

  it('a cut paste does not trust its Received chain', () => {
    const result = parsePastedEvidence(`${block.join('\n')}\nX-Pad: ${'x'.repeat(MAX_PASTE_LENGTH)}`);
    expect(result.ips).toEqual([]);
    expect(result.offsets).toEqual([540]);
    expect(result.ignored).toContain('the Received chain (the paste was cut before its first hop)');
  });
});
