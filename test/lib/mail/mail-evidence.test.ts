import { describe, expect, it } from 'vitest';
import { mailEvidence, type MailEvidence } from '../../../lib/mail/mail-evidence';
import type { MessageHeaders } from '../../../lib/mail/read-message-headers';

const base: MessageHeaders = { fieldCount: 3, replyTo: [], notes: ['a note'] };
const UTC_NOTE = 'Date at UTC+00:00 (what software that stamps UTC writes, so it does not place the sender)';

describe('mailEvidence', () => {
  it.each<[string, Partial<MessageHeaders>, MailEvidence]>([
    ['nothing found', {}, { ips: [], offsets: [], ignored: ['a note'] }],
    ['X-Originating-IP first, then the Received hop', { xOriginatingIp: '81.2.69.160', originatingIp: '175.193.42.17' }, { ips: ['81.2.69.160', '175.193.42.17'], offsets: [], ignored: ['a note'] }],
    ['the same address twice is one', { xOriginatingIp: '203.0.113.9', originatingIp: '203.0.113.9' }, { ips: ['203.0.113.9'], offsets: [], ignored: ['a note'] }],
    ['an offset places the sender', { utcOffsetMinutes: 540 }, { ips: [], offsets: [540], ignored: ['a note'] }],
    ['a negative offset too', { utcOffsetMinutes: -360 }, { ips: [], offsets: [-360], ignored: ['a note'] }],
    ['UTC is set aside, and says why', { utcOffsetMinutes: 0 }, { ips: [], offsets: [], ignored: ['a note', UTC_NOTE] }],
  ])('%s', (_name, headers, expected) => {
    expect(mailEvidence({ ...base, ...headers })).toEqual(expected);
  });
});
