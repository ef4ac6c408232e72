import { describe, expect, it } from 'vitest';
import { escapeHtml, html, markupText, trustedMarkup } from '../../../lib/review/html-template';

describe('html template', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onload="alert(1)', '&quot; onload=&quot;alert(1)'],
    ["' onmouseover='x'", '&#39; onmouseover=&#39;x&#39;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&lt;already&gt;', '&amp;lt;already&amp;gt;'],
    ['plain', 'plain'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it.each([
    ['a string', html`<p title="${'"><script>x</script>'}">${'<img src=x onerror=alert(1)>'}</p>`, '<p title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['a number', html`<td>${42}</td>`, '<td>42</td>'],
    ['nothing', html`<p>${undefined}${null}${false}</p>`, '<p></p>'],
    ['nested markup', html`<ul>${[html`<li>${'<b>'}</li>`, html`<li>ok</li>`]}</ul>`, '<ul><li>&lt;b&gt;</li><li>ok</li></ul>'],
    ['trusted markup', html`<style>${trustedMarkup('a > b { font-family: "X"; }')}</style>`, '<style>a > b { font-family: "X"; }</style>'],
  ])('interpolates %s', (_, markup, text) => {
    expect(markupText(markup)).toBe(text);
  });

  it('a plain object shaped like markup is not markup: strings are the only way in', () => {
    // The brand is a module-private symbol; JSON from a page cannot forge it.
    const forged = JSON.parse('{"__html":"<script>x</script>"}') as unknown as string;
    expect(markupText(html`<p>${forged}</p>`)).not.toContain('<script>');
  });
});
