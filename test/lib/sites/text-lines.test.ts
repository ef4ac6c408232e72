import { describe, expect, it } from 'vitest';
import { textLines } from '../../../lib/sites/text-lines';
import { parsePage } from './parse-page';

const root = (html: string) => parsePage(`<body><div id="r">${html}</div></body>`, 'https://example.com/').getElementById('r');

describe('textLines', () => {
  const cases: Array<[string, string, string[]]> = [
    ['<br> ends a line', 'Event Name: Interview<br>Invitee Time Zone: Asia/Seoul', ['Event Name: Interview', 'Invitee Time Zone: Asia/Seoul']],
    ['blank lines are dropped', 'a<br><br><br>b', ['a', 'b']],
    ['block elements end lines', 'intro<div>Invitee Time Zone:</div><div>GMT+09:00</div>tail', ['intro', 'Invitee Time Zone:', 'GMT+09:00', 'tail']],
    ['inline elements do not', 'Cancel: <a href="https://calendly.com/x">https://calendly.com/x</a> now', ['Cancel: https://calendly.com/x now']],
    ['code is skipped', 'a<script>document.title = "x"</script><style>p{}</style>b', ['ab']],
    ['whitespace collapses and control characters go', '  a \n\t b\u0000c ', ['a b c']],
    ['empty', '', []],
  ];
  it.each(cases)('%s', (_label, html, lines) => expect(textLines(root(html))).toEqual(lines));

  it('a missing root has no lines', () => expect(textLines(undefined)).toEqual([]));

  it('a deep or huge tree stops early instead of running away', () => {
    const deep = '<div>'.repeat(2000) + 'x' + '</div>'.repeat(2000);
    expect(() => textLines(root(deep))).not.toThrow();
    expect(textLines(root('<p>x</p>'.repeat(10_000))).length).toBeLessThanOrEqual(200);
  });
});
