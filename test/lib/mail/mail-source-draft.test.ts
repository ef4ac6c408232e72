import { describe, expect, it } from 'vitest';
import { mailSourceDraft } from '../../../lib/mail/mail-source-draft';
import type { MessageHeaders } from '../../../lib/mail/read-message-headers';

const headers = (fields: Partial<MessageHeaders>): MessageHeaders => ({ fieldCount: 5, replyTo: [], notes: [], ...fields });

describe('mailSourceDraft: message send time', () => {
  const cases: Array<[string, Partial<MessageHeaders>, number[] | undefined]> = [
    ['the Date instant, in epoch ms', { sentAt: '2026-11-25T01:04:11.000Z' }, [Date.UTC(2026, 10, 25, 1, 4, 11)]],
    ['no readable Date', {}, undefined],
    ['a date before 1970 is left out', { sentAt: '1969-12-31T23:59:59.000Z' }, undefined],
  ];
  it.each(cases)('%s', (_label, fields, expected) => {
    expect(mailSourceDraft(headers(fields)).messageTimes).toEqual(expected);
  });
});
