import { describe, expect, it } from 'vitest';
import { confirmsDeletion } from '../../../lib/governance/delete-confirmation';

describe('confirmsDeletion', () => {
  it.each<[typed: string, name: string, confirms: boolean]>([
    ['DELETE', 'Jordan Ellis', true],
    ['  DELETE ', 'Jordan Ellis', true],
    ['delete', 'Jordan Ellis', false],
    ['Delete', 'Jordan Ellis', false],
    ['Jordan Ellis', 'Jordan Ellis', true],
    ['  jordan   ellis ', 'Jordan Ellis', true],
    ['Jordan', 'Jordan Ellis', false],
    ['Jordan Ellis Jr', 'Jordan Ellis', false],
    ['', 'Jordan Ellis', false],
    ['', '', false],
    ['   ', '  ', false],
    ['DELETE', '', true],
    ['Zoë Ørsted', 'zoë ørsted', true],
    // The same name written with a combining diaeresis (what some keyboards type) is the same name.
    ['Zoe\u0308 Ørsted', 'Zoë Ørsted', true],
  ])('%j for %j: %s', (typed, name, confirms) => {
    expect(confirmsDeletion(typed, name)).toBe(confirms);
  });
});
