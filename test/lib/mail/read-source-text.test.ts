import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_TEXT, readSourceText } from '../../../lib/mail/read-source-text';

function root(html: string): Element {
  const window = new Window({ settings: { enableJavaScriptEvaluation: false, disableJavaScriptFileLoading: true } });
  const document = new window.DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html') as unknown as Document;
  return document.getElementById('root')!;
}

describe('readSourceText', () => {
  it.each<[string, string, string | undefined]>([
    ['a pre keeps its lines', '<pre>From: a@example.com\n\tfolded\n\nbody</pre>', 'From: a@example.com\n\tfolded\n\nbody\n'],
    ['escaped markup is text', '<pre>From: "&lt;b&gt;A&lt;/b&gt;" &lt;a@example.com&gt;</pre>', 'From: "<b>A</b>" <a@example.com>\n'],
    ['one element per line', '<div>From: a@example.com</div><div>To: b@example.com</div><div></div><div>body</div>', 'From: a@example.com\nTo: b@example.com\n\nbody\n'],
    ['<br> ends a line', 'From: a@example.com<br>To: b@example.com', 'From: a@example.com\nTo: b@example.com'],
    ['scripts and styles are skipped', '<pre>From: a@example.com<script>document.title="x"</script><style>p{}</style></pre>', 'From: a@example.com\n'],
    ['nothing but whitespace is nothing', '<pre> \n </pre>', undefined],
  ])('%s', (_name, html, expected) => expect(readSourceText(root(html))).toBe(expected));

  it('no element, no text', () => expect(readSourceText(undefined)).toBeUndefined());

  it('stops one character past the header block limit', () => {
    const text = readSourceText(root(`<pre>${'x'.repeat(MAX_SOURCE_TEXT * 3)}</pre>`));
    expect(text).toHaveLength(MAX_SOURCE_TEXT);
  });
});
