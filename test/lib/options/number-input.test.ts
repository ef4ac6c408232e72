import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../lib/options/number-input';

const weight = { min: 0, max: 1 };
const days = { min: 0, max: 3650, integer: true };

describe('parseNumberInput', () => {
  it.each([
    { text: '0', range: weight, value: 0 },
    { text: '1', range: weight, value: 1 },
    { text: '0.35', range: weight, value: 0.35 },
    { text: ' .5 ', range: weight, value: 0.5 },
    { text: '0,25', range: weight, value: 0.25 },
    { text: '30', range: days, value: 30 },
    { text: '3650', range: days, value: 3650 },
  ])('$text -> $value', ({ text, range, value }) => {
    expect(parseNumberInput(text, range)).toEqual({ ok: true, value });
  });

  it.each([
    { text: '', range: weight },
    { text: '1.01', range: weight },
    { text: '-0.1', range: weight },
    { text: '1e-1', range: weight },
    { text: '0.5 points', range: weight },
    { text: 'NaN', range: weight },
    { text: '1.5', range: days },
    { text: '3651', range: days },
    { text: '0x10', range: days },
  ])('refuses $text', ({ text, range }) => {
    expect(parseNumberInput(text, range)).toEqual({ ok: false, message: expect.stringMatching(/^Enter a (whole )?number from \d+ to \d+\.$/) });
  });
});
