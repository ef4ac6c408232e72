import { describe, expect, it } from 'vitest';
import { domainsInText } from '../../../lib/candidate/employer-domains';

describe('domainsInText', () => {
  it.each([
    ['Acme Labs (acmelabs.io)', ['acmelabs.io']],
    ['https://www.Example.co.uk/careers', ['example.co.uk']],
    ['Worked on Node.js and main.py', []],
    ['jo@acme.example', []],
    ['Globex Corporation', []],
    ['a.b', []],
    ['two: one.example, two.example.', ['one.example', 'two.example']],
    ['sub-domain.team-x.example.org;', ['sub-domain.team-x.example.org']],
  ])('%j -> %j', (text, expected) => {
    expect(domainsInText(text)).toEqual(expected);
  });
});
