import { describe, expect, it } from 'vitest';
import type { CanonicalLink } from '../../../lib/candidate/candidate-view';
import { canonicalLink } from '../../../lib/candidate/normalise-link';
import type { ProfileLinkKind } from '../../../lib/candidate/observation';

describe('canonicalLink', () => {
  const cases: Array<[string, string, ProfileLinkKind | undefined, CanonicalLink]> = [
    ['LinkedIn profile', 'https://www.linkedin.com/in/jordan-ellis', 'linkedin',
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' }],
    ['country subdomain, http, trailing slash, query', 'http://uk.linkedin.com/in/Jordan-Ellis/?trk=abc#x', undefined,
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' }],
    ['mobile subdomain and extra path', 'https://m.linkedin.com/in/jordan-ellis/details/experience/', 'other',
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' }],
    ['bare host without scheme', 'linkedin.com/in/jordan-ellis', undefined,
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jordan-ellis', handle: 'jordan-ellis' }],
    ['percent-encoded slug decoded and lower-cased', 'https://www.linkedin.com/in/Jos%C3%A9-Garc%C3%ADa', 'linkedin',
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa', handle: 'josé-garcía' }],
    ['raw Unicode slug gives the same key', 'https://www.linkedin.com/in/José-García', 'linkedin',
      { kind: 'linkedin', url: 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa', handle: 'josé-garcía' }],
    ['LinkedIn company page is not a person', 'https://www.linkedin.com/company/acme/', 'linkedin',
      { kind: 'other', url: 'https://www.linkedin.com/company/acme' }],
    ['GitHub profile', 'https://github.com/JordanEllis', 'github',
      { kind: 'github', url: 'https://github.com/jordanellis', handle: 'jordanellis' }],
    ['GitHub www, query and fragment', 'http://www.github.com/jordan-ellis/?tab=repositories#top', undefined,
      { kind: 'github', url: 'https://github.com/jordan-ellis', handle: 'jordan-ellis' }],
    ['GitHub repository is not a profile', 'https://github.com/facebook/react', 'github',
      { kind: 'other', url: 'https://github.com/facebook/react' }],
    ['GitHub site page is not a profile', 'https://github.com/features', 'github',
      { kind: 'other', url: 'https://github.com/features' }],
    ['portfolio keeps path case, loses www and query', 'HTTPS://WWW.Jordan-Ellis.dev/Work/?utm_source=cv', 'portfolio',
      { kind: 'portfolio', url: 'https://jordan-ellis.dev/Work' }],
    ['portfolio root', 'https://jordan.example/', 'portfolio', { kind: 'portfolio', url: 'https://jordan.example' }],
    ['credentials dropped', 'https://user:pass@jordan.example/cv', 'portfolio', { kind: 'portfolio', url: 'https://jordan.example/cv' }],
    ['non-default port kept', 'http://jordan.example:8080/', 'other', { kind: 'other', url: 'https://jordan.example:8080' }],
    ['hint linkedin on another host is other', 'https://lnkd.in/abc', 'linkedin', { kind: 'other', url: 'https://lnkd.in/abc' }],
    ['international host in punycode', 'https://bücher.example/', 'portfolio', { kind: 'portfolio', url: 'https://xn--bcher-kva.example' }],
  ];
  it.each(cases)('%s', (_label, raw, hint, expected) => {
    expect(canonicalLink(raw, hint)).toEqual(expected);
  });

  const rejected: Array<[string, string]> = [
    ['javascript URL', 'javascript:alert(1)'],
    ['javascript URL upper case', 'JavaScript:alert(document.cookie)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['mailto', 'mailto:jordan@example.com'],
    ['ftp', 'ftp://files.example.com/cv.pdf'],
    ['empty', ''],
    ['words', 'my website'],
    ['host without a dot', 'https://localhost/in/x'],
  ];
  it.each(rejected)('rejects %s', (_label, raw) => {
    expect(canonicalLink(raw, 'portfolio')).toBeUndefined();
  });
});
