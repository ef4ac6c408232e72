import { describe, expect, it } from 'vitest';
import { clampText, MAX_FIELD_LENGTH } from '../../../lib/candidate/observation';

describe('clampText', () => {
  const cases: Array<[string, string | null | undefined, string | undefined]> = [
    ['undefined stays undefined', undefined, undefined],
    ['null becomes undefined', null, undefined],
    ['blank becomes undefined', '  \n\t ', undefined],
    ['whitespace runs collapse', '  Ada \n  Lovelace ', 'Ada Lovelace'],
    ['control characters become spaces', 'Ada\u0000Lovelace\u0007', 'Ada Lovelace'],
    ['non-Latin text is kept as written', 'Ли Мин', 'Ли Мин'],
    ['bidi overrides cannot disguise text', 'Mallory \u202egnp.exe\u202c', 'Mallory gnp.exe'],
    ['zero-width spaces are dropped', 'Mal\u200blory', 'Mallory'],
    ['emoji joiners are kept', '👩🏽\u200d💻', '👩🏽\u200d💻'],
    ['Persian non-joiners are kept', 'می\u200cخواهم', 'می\u200cخواهم'],
  ];
  it.each(cases)('%s', (_label, input, expected) => {
    expect(clampText(input)).toBe(expected);
  });

  it('cuts long text to the cap', () => {
    expect(clampText('x'.repeat(MAX_FIELD_LENGTH * 3))).toHaveLength(MAX_FIELD_LENGTH);
  });

  it('never leaves half a surrogate pair at the cut', () => {
    const out = clampText('a' + '😀'.repeat(10), 4);
    expect(out).toBe('a😀');
  });
});
