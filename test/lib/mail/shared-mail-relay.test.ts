import { describe, expect, it } from 'vitest';
import { isSharedMailRelay } from '../../../lib/mail/shared-mail-relay';

describe('isSharedMailRelay', () => {
  it.each<[string | undefined, boolean]>([
    ['mail-sor-f41.google.com', true],
    ['mail-bn8nam12olkn2081.outbound.protection.outlook.com', true],
    ['ph7pr17mb6130.namprd17.prod.outlook.com', true],
    ['sonic305-3.consmr.mail.bf2.yahoo.com', true],
    ['mail-4316.protonmail.ch', true],
    ['a48-93.smtp-out.amazonses.com', true],
    ['google.com', true],
    ['notgoogle.com', false],
    ['google.com.evil.example', false],
    ['smtp.mailhost.example', false],
    [undefined, false],
  ])('%s: %s', (host, expected) => expect(isSharedMailRelay(host)).toBe(expected));
});
