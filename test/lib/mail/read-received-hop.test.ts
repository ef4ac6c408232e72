import { describe, expect, it } from 'vitest';
import { readReceivedHop, type ReceivedHop } from '../../../lib/mail/read-received-hop';

describe('readReceivedHop', () => {
  it.each<[string, string, ReceivedHop | undefined]>([
    ['Postfix: rDNS name and bracketed literal', 'from client.example.net (c-203-0-113-9.example.net [203.0.113.9]) by mx.example.com (Postfix) with ESMTPS id 4B2C; Tue, 24 Nov 2026 10:04:11 +0000',
      { fromHost: 'client.example.net', tcpHost: 'c-203-0-113-9.example.net', ip: '203.0.113.9' }],
    ['Postfix without rDNS: "unknown", HELO as a literal', 'from [192.168.0.12] (unknown [175.193.42.17]) (Authenticated sender: a@example.com) by smtp.example.com (Postfix) with ESMTPSA id 4B',
      { ip: '175.193.42.17' }],
    ['Gmail: fully qualified name with its trailing dot', 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id x; Tue, 24 Nov 2026 07:15:03 -0800 (PST)',
      { fromHost: 'mail-sor-f41.google.com', tcpHost: 'mail-sor-f41.google.com', ip: '209.85.220.41' }],
    ['sendmail: user@rdns and a nested comment', 'from relay.example.org (root@host.example.org [198.51.100.7] (may be forged)) by mail.example.com (8.17.1/8.17.1) with ESMTP id 3AO',
      { fromHost: 'relay.example.org', tcpHost: 'host.example.org', ip: '198.51.100.7' }],
    ['Exchange: bare address in the comment', 'from WS-0142.corp.northwind.example (10.20.4.17) by EXCH01.corp.northwind.example (10.20.1.5) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.4',
      { fromHost: 'ws-0142.corp.northwind.example', ip: '10.20.4.17' }],
    ['Microsoft: IPv6 hop with a zone id', 'from SJ0PR12MB5467.namprd12.prod.outlook.com ([fe80::5d1c:2b4e:9f0a:1c3d%4]) by SJ0PR12MB5467.namprd12.prod.outlook.com ([fe80::5d1c:2b4e:9f0a:1c3d%4]) with mapi id 15.20.8158.017',
      { fromHost: 'sj0pr12mb5467.namprd12.prod.outlook.com', ip: 'fe80::5d1c:2b4e:9f0a:1c3d' }],
    ['an IPv6 literal with its tag', 'from [192.168.1.20] (IPv6:2001:db8:85a3::8a2e:370:7334) by mail.example.net', { ip: '2001:db8:85a3::8a2e:370:7334' }],
    ['an IPv4-mapped IPv6 literal is read as IPv4', 'from client.example ([IPv6:::ffff:203.0.113.9]) by mx.example.com', { fromHost: 'client.example', ip: '203.0.113.9' }],
    ['Exim: literal with a port and a HELO claim', 'from dsl-203-0-113-5.example.net ([203.0.113.5]:51234 helo=[192.168.1.5]) by mx.example.org with esmtpsa (TLS1.3) (Exim 4.98)',
      { fromHost: 'dsl-203-0-113-5.example.net', ip: '203.0.113.5' }],
    ['Exim: the connecting address as the from-domain, HELO claim ignored', 'from [203.0.113.5] (port=51234 helo=[192.168.1.5]) by mx.example.org with esmtpsa', { ip: '203.0.113.5' }],
    ['qmail: HELO claim then the address', 'from unknown (HELO [10.0.0.9]) (198.51.100.77) by mail.example.net with SMTP; 24 Nov 2026 10:04:11 -0000', { ip: '198.51.100.77' }],
    ['a comment before "from" is skipped', '(qmail 1234 invoked from network); from host.example (host.example [192.0.2.4]) by x', undefined],
    ['a leading comment then from', '(via relay) from host.example (host.example [192.0.2.4]) by x', { fromHost: 'host.example', tcpHost: 'host.example', ip: '192.0.2.4' }],
    ['no from-clause: Gmail\'s internal hop', 'by 2002:a05:7010:4a8c:b0:3f1:2b6c:9d10 with SMTP id k12csp2381044mdb; Tue, 24 Nov 2026 17:04:15 -0800 (PST)', undefined],
    ['no from-clause: qmail\'s local invocation', '(qmail 1234 invoked by uid 89); 24 Nov 2026 10:04:11 -0000', undefined],
    ['a name but no address recorded', 'from sonic.gate.mail.ne1.yahoo.com by sonic311.consmr.mail.ne1.yahoo.com with HTTP; Tue, 24 Nov 2026 16:12:09 +0000',
      { fromHost: 'sonic.gate.mail.ne1.yahoo.com' }],
    ['"from" alone', 'from', undefined],
    ['an unclosed comment reads to the end', 'from host.example (host.example [192.0.2.4]', { fromHost: 'host.example', tcpHost: 'host.example', ip: '192.0.2.4' }],
    ['an invalid address literal is not an address (and without one, no TCP-info name)', 'from host.example (host.example [999.1.1.1]) by x', { fromHost: 'host.example' }],
    ['a later comment is not TCP-info', 'from [192.0.2.1] (unknown [198.51.100.2]) (Authenticated sender: a@b.example) by x', { ip: '198.51.100.2' }],
    ['the first address seen wins', 'from h.example (h.example [192.0.2.4]) (198.51.100.9) by x', { fromHost: 'h.example', tcpHost: 'h.example', ip: '192.0.2.4' }],
    ['the by-clause is not read', 'from h.example by mx.example.com ([198.51.100.9])', { fromHost: 'h.example' }],
    ['keywords in any case', 'FROM h.example (H.EXAMPLE [192.0.2.4]) BY x', { fromHost: 'h.example', tcpHost: 'h.example', ip: '192.0.2.4' }],
  ])('%s', (_name, value, expected) => {
    expect(readReceivedHop(value)).toEqual(expected);
  });

  it('a hostile megabyte of nested comments is read in linear time', () => {
    const value = `from h.example ${'('.repeat(500_000)}${')'.repeat(500_000)} by x`;
    const started = performance.now();
    expect(readReceivedHop(value)).toEqual({ fromHost: 'h.example' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
