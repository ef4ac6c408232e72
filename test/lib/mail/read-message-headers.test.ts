import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH } from '../../../lib/candidate/observation';
import { MAX_REPLY_TO, MessageHeadersSchema, readMessageHeaders, type MessageHeaders } from '../../../lib/mail/read-message-headers';

const eml = (name: string) => readFileSync(new URL(`../../fixtures/mail/${name}.eml`, import.meta.url), 'utf8');
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const NONE = { replyTo: [], notes: [] };

const RECEIVED_PRIVATE = 'Received: from [192.168.1.5] (unknown [10.1.2.3]) by smtp.example.com with ESMTPSA id 1';
const SHARED = (host: string) => `Received from ${host} (a shared mail service's server: it does not show the sender's address)`;

// Realistic header blocks: test/fixtures/mail/*.eml (fictional people, documentation and provider addresses).
const messages: Array<[string, string, Partial<MessageHeaders>]> = [
  ['a desktop client in Korea through an SMTP host, to Gmail', 'kr-desktop-client', {
    from: { name: 'Casey Morgan', address: 'casey.morgan.dev@mailhost.example' },
    messageId: '5f2c1e8a-9d3b-4c71-a0e6-2b7d9c4e1f30@mailhost.example',
    sentAt: '2026-11-25T01:04:11.000Z', utcOffsetMinutes: 540, originatingIp: '175.193.42.17', mailClient: 'Mozilla Thunderbird',
    notes: [],
  }],
  ['Gmail on the web: Google\'s relay is not the sender', 'gmail-web', {
    from: { name: 'Riley Quinn', address: 'riley.quinn.eng@gmail.com' }, utcOffsetMinutes: -360,
    notes: [SHARED('mail-sor-f41.google.com')],
  }],
  ['Outlook.com: X-Originating-IP, Microsoft\'s own hops passed over', 'hotmail-x-originating-ip', {
    from: { name: 'Alex Rowan', address: 'alex.rowan.dev@hotmail.com' }, utcOffsetMinutes: 0, xOriginatingIp: '81.2.69.160',
    notes: [SHARED('ph7pr17mb6130.namprd17.prod.outlook.com')],
  }],
  ['Yahoo on the web: no client address anywhere', 'yahoo', {
    from: { name: 'Sam Okafor', address: 'sam.okafor.codes@yahoo.com' }, utcOffsetMinutes: 0, mailClient: 'WebService/1.1.23041 YMailNorrin',
    notes: [SHARED('sonic.gate.mail.ne1.yahoo.com')],
  }],
  ['corporate Exchange: internal hops, then the organisation\'s gateway', 'exchange-corporate', {
    from: { name: 'Reyes, Morgan', address: 'm.reyes@harborline.example' }, utcOffsetMinutes: -300, originatingIp: '198.51.100.25',
    mailClient: 'Microsoft Outlook 16.0',
    notes: ['10.40.4.17 (a private or local address)', '10.40.1.6 (a private or local address)'],
  }],
  ['Proton: its relay hides the sender', 'proton', {
    from: { name: 'Noor Lindqvist', address: 'noor.lindqvist@proton.me' }, utcOffsetMinutes: 60, notes: [SHARED('mail-4316.protonmail.ch')],
  }],
];

// Made-up blocks for one behaviour each (the notes named must be among those given).
const cases: Array<[string, string, Partial<MessageHeaders>]> = [
  ['folded From and Date', 'From: "Casey\n Morgan"\n <casey@example.com>\nDate: Wed, 25 Nov 2026\n 10:04:11 +0900\n', {
    from: { name: 'Casey Morgan', address: 'casey@example.com' }, utcOffsetMinutes: 540, notes: ['no Received fields (the route the message took is not shown)'],
  }],
  ['an encoded-word name (UTF-8, base64)', 'From: =?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <jorg@example.com>\n', { from: { name: 'Jörg Müller', address: 'jorg@example.com' } }],
  ['an encoded-word name (Latin-1, Q) split over two words', 'From: =?ISO-8859-1?Q?Ren=E9e?= =?ISO-8859-1?Q?_Fa=E7on?= <renee@example.com>\n', { from: { name: 'Renée Façon', address: 'renee@example.com' } }],
  ['a bare address', 'From: casey@example.com\n', { from: { address: 'casey@example.com' } }],
  ['Reply-To mailboxes, groups flattened', 'From: a@example.com\nReply-To: Team: b@example.com, "C" <c@example.com>;\n', {
    from: { address: 'a@example.com' }, replyTo: [{ address: 'b@example.com' }, { name: 'C', address: 'c@example.com' }],
  }],
  ['the first From wins over a smuggled second one', 'From: Real <real@example.com>\nFrom: Fake <fake@example.com>\n', {
    from: { name: 'Real', address: 'real@example.com' }, notes: ['more than one From field (the first is read)'],
  }],
  ['several Received: the bottom-most public hop, private hops set aside', [
    'Received: from mx.relay.example (mx.relay.example [198.51.100.3]) by mx.recipient.example; Tue, 24 Nov 2026 10:04:13 +0000',
    'Received: from office-gw.example (office-gw.example [203.0.113.50]) by mx.relay.example; Tue, 24 Nov 2026 10:04:12 +0000',
    RECEIVED_PRIVATE,
  ].join('\n'), { originatingIp: '203.0.113.50', notes: ['10.1.2.3 (a private or local address)'] }],
  ['an IPv6 literal', 'Received: from laptop (unknown [IPv6:2001:db8:4a1:20::17]) by smtp.example.com with ESMTPSA id 1\n', { originatingIp: '2001:db8:4a1:20::17' }],
  ['an IPv4-mapped IPv6 literal is read as its IPv4', 'Received: from laptop (unknown [IPv6:::ffff:203.0.113.9]) by smtp.example.com with ESMTPSA id 1\n', { originatingIp: '203.0.113.9' }],
  ['CGNAT and link-local hops are not the sender', [
    'Received: from a (a [192.0.2.77]) by b',
    'Received: from c (c [fe80::1%3]) by a',
    'Received: from d (d [100.64.12.9]) by c',
  ].join('\n'), { originatingIp: '192.0.2.77', notes: ['100.64.12.9 (a private or local address)', 'fe80::1 (a private or local address)'] }],
  ['only private hops', RECEIVED_PRIVATE, { notes: ['10.1.2.3 (a private or local address)', 'Received (no hop shows a public address for the sender)'] }],
  ['X-Originating-IP with and without brackets', 'X-Originating-IP: 203.0.113.9\n', { xOriginatingIp: '203.0.113.9' }],
  ['X-Originating-IP private', 'X-Originating-IP: [192.168.1.9]\n', { notes: ['192.168.1.9 (a private or local address)'] }],
  ['X-Originating-IP junk', 'X-Originating-IP: [not an address]\n', { notes: ['X-Originating-IP (not an IP address)'] }],
  ['User-Agent when there is no X-Mailer, encoded words decoded', 'User-Agent: =?UTF-8?Q?Mail=C2=AE?= 2.0\n', { mailClient: 'Mail® 2.0' }],
  ['Date -0000', 'Date: Tue, 24 Nov 2026 10:04:11 -0000\n', { sentAt: '2026-11-24T10:04:11.000Z', notes: ['Date -0000 (the sender\'s time zone is not given)'] }],
  ['an invalid Date', 'Date: yesterday\n', { notes: ['Date (not a date this reader understands)'] }],
  ['malformed lines are ignored, fields around them kept', 'From: a@example.com\nthis is not a header\n: no name\nX-Mailer: Mutt\n', {
    from: { address: 'a@example.com' }, mailClient: 'Mutt', notes: ['2 lines that are not header fields'],
  }],
  ['a leading title and blank lines are skipped', '\n\nMessage source\n\nFrom: a@example.com\n', { from: { address: 'a@example.com' } }],
  ['the body is never read', 'From: a@example.com\n\nReceived: from evil (evil [8.8.8.8]) by x\nX-Originating-IP: [8.8.4.4]\n', { from: { address: 'a@example.com' } }],
];

const EMPTY: MessageHeaders = { fieldCount: 0, replyTo: [], notes: ['no header fields (this is not a message header)'] };

/** Compares the parts a case names; the rest must be absent or empty. */
function expectHeaders(actual: MessageHeaders, expected: Partial<MessageHeaders>, exact = false) {
  const { fieldCount: _count, notes, ...rest } = actual;
  const { notes: expectedNotes, ...expectedRest } = expected;
  expect(rest).toEqual({ replyTo: [], ...stripUnasserted(rest, expectedRest) });
  if (expectedNotes) expect(notes).toEqual(exact ? expectedNotes : expect.arrayContaining(expectedNotes));
  expect(MessageHeadersSchema.safeParse(actual).success).toBe(true);
}

// messageId and sentAt are only compared where a case names them, so made-up blocks stay short.
function stripUnasserted(actual: Partial<MessageHeaders>, expected: Partial<MessageHeaders>): Partial<MessageHeaders> {
  const out: Partial<MessageHeaders> = { ...expected };
  for (const key of ['messageId', 'sentAt'] as const) if (!(key in expected) && actual[key] !== undefined) out[key] = actual[key];
  if (!('utcOffsetMinutes' in expected) && actual.utcOffsetMinutes !== undefined) throw new Error('unexpected offset');
  return out;
}

describe('readMessageHeaders', () => {
  // Real blocks: every note is named.
  it.each(messages)('%s', (_name, file, expected) => expectHeaders(readMessageHeaders(eml(file)), { ...NONE, ...expected }, true));
  it.each(messages)('%s, with CRLF line ends', (_name, file, expected) => expectHeaders(readMessageHeaders(crlf(eml(file))), { ...NONE, ...expected }, true));
  it.each(cases)('%s', (_name, raw, expected) => expectHeaders(readMessageHeaders(raw), expected));
  it.each(cases)('%s, with CRLF line ends', (_name, raw, expected) => expectHeaders(readMessageHeaders(crlf(raw)), expected));

  it.each([['empty text', ''], ['prose', 'call me at 10:30 tomorrow'], ['an address', '203.0.113.7'], ['binary junk', '\u0000\u0001<<<>>>']])(
    'no headers: %s',
    (_name, raw) => expect(readMessageHeaders(raw)).toEqual(EMPTY),
  );

  it('a 10 MB header block is cut, and its Received chain is not read', () => {
    const raw = `From: a@example.com\n${'Received: from a (a [192.0.2.1]) by b\n'.repeat(300_000)}`;
    const started = performance.now();
    const headers = readMessageHeaders(raw);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(headers.from).toEqual({ address: 'a@example.com' });
    expect(headers.originatingIp).toBeUndefined();
    expect(headers.notes).toContain('header block (cut after 262,144 characters; its Received chain is not read)');
  });

  it('Reply-To is capped at MAX_REPLY_TO mailboxes', () => {
    const many = Array.from({ length: 500 }, (_, i) => `r${i}@example.com`).join(', ');
    expect(readMessageHeaders(`Reply-To: ${many}\n`).replyTo).toHaveLength(MAX_REPLY_TO);
  });

  it('a huge From name is clamped, markup and bidi overrides stay inert text', () => {
    const name = `<script>alert(1)</script>\u202eMallory${'x'.repeat(100_000)}`;
    const headers = readMessageHeaders(`From: "${name}" <m@example.com>\n`);
    expect(headers.from?.name).toHaveLength(MAX_FIELD_LENGTH);
    expect(headers.from?.name?.startsWith('<script>alert(1)</script>Mallory')).toBe(true);
  });
});
