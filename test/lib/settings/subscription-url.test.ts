import { describe, expect, it } from 'vitest';
import { SubscriptionSchema } from '../../../lib/settings/settings-schema';
import { isAllowedSubscriptionUrl, originPattern } from '../../../lib/settings/subscription-url';

/** Where subscriptions may fetch from: https anywhere, plain http on this machine only. */

const urls: Array<[string, boolean]> = [
  ['https://lists.example/acme.json', true],
  ['https://lists.example:8443/acme.json?v=2', true],
  ['http://localhost:8080/acme.json', true],
  ['http://127.0.0.1:5000/acme.json', true],
  ['http://lists.example/acme.json', false],
  ['http://192.168.1.10/acme.json', false],
  // The extension's CSP cannot name an IPv6 literal, so a fetch there would be blocked anyway.
  ['http://[::1]:8080/acme.json', false],
  ['http://localhost.evil.example/acme.json', false],
  ['https://user:secret@lists.example/acme.json', false],
  ['ftp://lists.example/acme.json', false],
  ['file:///etc/passwd', false],
  ['javascript:alert(1)', false],
  ['not a url', false],
];

describe('subscription URLs', () => {
  it.each(urls)('%s allowed: %s', (url, allowed) => {
    expect(isAllowedSubscriptionUrl(url)).toBe(allowed);
    expect(SubscriptionSchema.safeParse({ url }).success).toBe(allowed);
    expect(SubscriptionSchema.safeParse({ url: 'https://lists.example/a.json', signatureUrl: url }).success).toBe(allowed);
  });

  it('a refused URL says what is expected', () => {
    const result = SubscriptionSchema.safeParse({ url: 'http://lists.example/a.json' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['expected an https:// URL (plain http:// only for localhost or 127.0.0.1)']);
  });

  const patterns: Array<[string, string]> = [
    ['https://lists.example:8443/a/b.json', 'https://lists.example/*'],
    ['http://127.0.0.1:5000/acme.json', 'http://127.0.0.1/*'],
  ];
  it.each(patterns)('host access for %s is asked as %s (match patterns cover every port)', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});
