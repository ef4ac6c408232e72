import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../lib/candidate/normalise-email';

describe('normaliseEmail', () => {
  const valid: Array<[string, string, string, string]> = [
    ['plain address', 'jordan.ellis@example.com', 'jordan.ellis@example.com', 'example.com'],
    ['trimmed and lower-cased', '  Jordan.Ellis@Example.COM ', 'jordan.ellis@example.com', 'example.com'],
    ['gmail dots removed', 'jordan.ellis@gmail.com', 'jordanellis@gmail.com', 'gmail.com'],
    ['gmail dots and plus tag', 'J.o.r.d.a.n+jobs@GMAIL.com', 'jordan@gmail.com', 'gmail.com'],
    ['googlemail becomes gmail', 'jordan.ellis@googlemail.com', 'jordanellis@gmail.com', 'gmail.com'],
    ['plus tag removed at any provider', 'jordan+applications@proton.me', 'jordan@proton.me', 'proton.me'],
    ['dots kept outside gmail', 'jordan.ellis+x@outlook.com', 'jordan.ellis@outlook.com', 'outlook.com'],
    ['mailto prefix', 'mailto:jordan@example.org', 'jordan@example.org', 'example.org'],
    ['full-width characters (NFKC)', 'ｊｏｒｄａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'jordan@example.com', 'example.com'],
    ['zero-width space removed', 'jor\u200bdan@example.com', 'jordan@example.com', 'example.com'],
    ['international domain in punycode', 'anna@bücher.de', 'anna@xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['non-ASCII local part kept', 'josé@example.com', 'josé@example.com', 'example.com'],
    ['subdomain', 'a@mail.example.co.uk', 'a@mail.example.co.uk', 'mail.example.co.uk'],
    ['only a tag keeps the local part', '+x@example.com', '+x@example.com', 'example.com'],
  ];
  it.each(valid)('%s', (_label, raw, folded, domain) => {
    expect(normaliseEmail(raw)).toEqual({ raw: raw.trim(), folded, domain });
  });

  const invalid: Array<[string, string]> = [
    ['empty', ''],
    ['no at sign', 'jordan.example.com'],
    ['two at signs', 'a@b@example.com'],
    ['no local part', '@example.com'],
    ['no top-level domain', 'jordan@localhost'],
    ['IP address domain', 'jordan@127.0.0.1'],
    ['space inside', 'jordan ellis@example.com'],
    ['display-name form', 'Jordan <jordan@example.com>'],
    ['double dot', 'jordan..ellis@example.com'],
    ['leading dot', '.jordan@example.com'],
    ['hyphen at label edge', 'jordan@-example.com'],
    ['a phone number', '+1 415 555 0134'],
    ['a URL', 'https://example.com/@jordan'],
  ];
  it.each(invalid)('rejects %s', (_label, raw) => {
    expect(normaliseEmail(raw)).toBeUndefined();
  });
});
