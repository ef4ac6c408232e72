import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../../lib/build/ascii-only-plugin';

describe('escapeNonAscii', () => {
  const cases: Array<[string, string]> = [
    ['const a = "plain";', 'plain'],
    ['const a = "\uffff";', '\uffff'],
    ['const a = "Zoë Ünal";', 'Zoë Ünal'],
    ['const a = "😀";', '😀'],
    ['const a = `Ли ${1}`;', 'Ли 1'],
  ];
  it.each(cases)('%s stays the same value once escaped, and pure ASCII', (source, value) => {
    const escaped = escapeNonAscii(source);
    expect(/^[\x00-\x7f]*$/.test(escaped)).toBe(true);
    expect(new Function(`${escaped.replace('const a =', 'return')}`)()).toBe(value);
  });

  it('keeps regular expressions matching the same characters', () => {
    const escaped = escapeNonAscii('return /[à-ÿ]+/u.test("é");');
    expect(new Function(escaped)()).toBe(true);
  });
});
