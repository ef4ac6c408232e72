import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ProfileLinkKind } from '../../../lib/candidate/observation';
import { emailFromHref, httpUrl, linkKind, phoneFromHref, queryAllOfFirst, textOf, textUpTo } from '../../../lib/sites/dom';
import { MAX_FIELD_LENGTH, MAX_SUMMARY_LENGTH } from '../../../lib/candidate/observation';

describe('links and contact hrefs', () => {
  const kinds: Array<[string, ProfileLinkKind]> = [
    ['https://www.linkedin.com/in/jordan-ellis-4b1a27', 'linkedin'],
    ['https://www.linkedin.com/company/northwind/', 'other'],
    ['https://github.com/jellis-codes', 'github'],
    ['https://twitter.com/jellis_codes', 'other'],
    ['https://jordanellis.example.dev/', 'portfolio'],
  ];
  it.each(kinds)('linkKind(%s) = %s', (url, kind) => expect(linkKind(url)).toBe(kind));

  const urls: Array<[string, string | undefined]> = [
    ['/in/x/', 'https://www.linkedin.com/in/x/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    [`https://example.com/${'a'.repeat(3000)}`, undefined],
  ];
  it.each(urls)('httpUrl(%j)', (href, expected) => expect(httpUrl(href, 'https://www.linkedin.com/in/me/')).toBe(expected));

  const contacts: Array<[string, string | undefined, string | undefined]> = [
    ['mailto:jordan.ellis@example.com?subject=Hi', 'jordan.ellis@example.com', undefined],
    ['mailto:a%40b.example', 'a@b.example', undefined],
    ['mailto:', undefined, undefined],
    ['tel:+14155550134', undefined, '+14155550134'],
    ['tel:%2B44%2056', undefined, '+44 56'],
    ['https://example.com', undefined, undefined],
  ];
  it.each(contacts)('%s', (href, email, phone) => {
    expect(emailFromHref(href)).toBe(email);
    expect(phoneFromHref(href)).toBe(phone);
  });
});

describe('textOf', () => {
  const cases: Array<[string, string | undefined]> = [
    ['<p>  Ada <b>Love</b>lace </p>', 'Ada Lovelace'],
    ['<p>Ada<br>Lovelace</p>', 'Ada Lovelace'],
    ['<p>Ada<script>alert(1)</script><style>p{}</style><template>t</template></p>', 'Ada'],
    ['<p>&lt;script&gt;x&lt;/script&gt;</p>', '<script>x</script>'],
    ['<p><!-- hidden --> </p>', undefined],
  ];
  it.each(cases)('%s', (html, expected) => {
    const document = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(textOf(document.querySelector('p') as unknown as Element)).toBe(expected);
  });
});

describe('textUpTo', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');
  const parse = (html: string) => new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').querySelector('p') as unknown as Element;
  const cases: Array<[string, string, (read: Element) => string | undefined, number]> = [
    ['a long About keeps up to the summary clamp', words(2000), (p) => textUpTo(p, MAX_SUMMARY_LENGTH), MAX_SUMMARY_LENGTH],
    ['textOf keeps the field clamp', words(2000), textOf, MAX_FIELD_LENGTH],
    ['short text is untouched', words(3), (p) => textUpTo(p, MAX_SUMMARY_LENGTH), words(3).length],
    // Adapters write `.map(textOf)`: the index map passes must not become a clamp.
    ['textOf through map ignores the index', words(5), (p) => [p, p, p].map(textOf)[2], words(5).length],
  ];
  it.each(cases)('%s', (_label, text, read, length) => {
    expect(read(parse(`<p>${text}</p>`))?.length).toBe(length);
  });
});

describe('queryAllOfFirst', () => {
  const html = '<main><ul class="hooked"><li>a</li><li>b</li></ul><p>c</p><p>d</p></main>';
  const cases: Array<[string, string[], string[]]> = [
    ['the first selector that matches wins, all of its matches', ['.hooked li', 'p'], ['a', 'b']],
    ['a fallback is used only when the hooks before it match nothing', ['.gone li', 'p'], ['c', 'd']],
    ['a selector the engine rejects is skipped, not thrown', ['li[', 'p'], ['c', 'd']],
    ['nothing matches', ['.gone', 'table'], []],
  ];
  it.each(cases)('%s', (_label, selectors, expected) => {
    const document = new new Window().DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const found = queryAllOfFirst(document as unknown as Document, selectors);
    expect(found.map((el) => el.textContent)).toEqual(expected);
  });
});
