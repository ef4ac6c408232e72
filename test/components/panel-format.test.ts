import { describe, expect, it } from 'vitest';
import { formatDate, riskSentence, safeHttpUrl, sourceLabel } from '../../components/panel-format';

describe('safeHttpUrl', () => {
  it.each([
    { raw: 'https://www.linkedin.com/in/jordan-doe', href: 'https://www.linkedin.com/in/jordan-doe' },
    { raw: 'http://example.com', href: 'http://example.com/' },
    { raw: 'HTTPS://EXAMPLE.COM/a', href: 'https://example.com/a' },
    { raw: 'javascript:alert(1)', href: undefined },
    { raw: ' javascript:alert(1)', href: undefined },
    { raw: 'JaVaScRiPt:alert(1)', href: undefined },
    { raw: 'java\nscript:alert(1)', href: undefined },
    { raw: 'data:text/html,<script>alert(1)</script>', href: undefined },
    { raw: 'vbscript:msgbox(1)', href: undefined },
    { raw: '//evil.example/path', href: undefined },
    { raw: '/relative/path', href: undefined },
    { raw: 'not a url', href: undefined },
    { raw: '', href: undefined },
  ])('$raw -> $href', ({ raw, href }) => {
    expect(safeHttpUrl(raw)).toBe(href);
  });
});

describe('formatting', () => {
  it.each([
    { source: 'linkedin', label: 'LinkedIn' },
    { source: 'github', label: 'GitHub' },
    { source: 'greenhouse', label: 'Greenhouse' },
    { source: 'unknown-site', label: 'unknown-site' },
  ])('sourceLabel($source) = $label', ({ source, label }) => {
    expect(sourceLabel(source)).toBe(label);
  });

  it.each([
    { ms: new Date(2026, 10, 20, 23, 59).getTime(), text: '2026-11-20' },
    { ms: new Date(2026, 0, 5, 0, 0).getTime(), text: '2026-01-05' },
    { ms: Number.NaN, text: 'unknown date' },
  ])('formatDate -> $text', ({ ms, text }) => {
    expect(formatDate(ms)).toBe(text);
  });

  it('riskSentence rounds the score', () => {
    expect(riskSentence(41.6, 'elevated')).toBe('Risk: elevated (42/100)');
  });
});
