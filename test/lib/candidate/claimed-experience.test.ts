import { describe, expect, it } from 'vitest';
import { claimedExperience, type ClaimedExperience } from '../../../lib/candidate/claimed-experience';

const after = (years: number, subject: string, phrase: string): ClaimedExperience => ({ years, subject, anchor: 'start', phrase });
const before = (years: number, subject: string, phrase: string): ClaimedExperience => ({ years, subject, anchor: 'end', phrase });

describe('claimedExperience', () => {
  const cases: Array<[string, string, ClaimedExperience[]]> = [
    ['plus sign', '10+ years of Kubernetes', [after(10, 'Kubernetes', '10+ years of Kubernetes')]],
    ['experience with', '8 years experience with Rust', [after(8, 'Rust', '8 years experience with Rust')]],
    ['qualifier and apostrophe, sentence end', "5 years' hands-on experience in Go.", [after(5, 'Go', "5 years' hands-on experience in Go")]],
    ['abbreviated, no connector', '7 yrs AWS', [after(7, 'AWS', '7 yrs AWS')]],
    ['experience after the subject', '10 years Kubernetes experience', [after(10, 'Kubernetes experience', '10 years Kubernetes experience')]],
    ['number in words', 'ten years of TypeScript', [after(10, 'TypeScript', 'ten years of TypeScript')]],
    ['decimal', '1.5 years of Svelte', [after(1.5, 'Svelte', '1.5 years of Svelte')]],
    ['plus in words', '10-plus years of Go', [after(10, 'Go', '10-plus years of Go')]],
    ['a range counts its lower end', '5-7 years with React Native development', [
      after(5, 'React Native development', '5-7 years with React Native development'),
    ]],
    ['spaced range', '5 - 7 years of Vue', [after(5, 'Vue', '5 - 7 years of Vue')]],
    ['two claims joined by and', '5 years of Go and 3 years of Rust', [after(5, 'Go', '5 years of Go'), after(3, 'Rust', '3 years of Rust')]],
    ['dots inside names, sentence ends', '12 years of experience. 10 years of Node.js, React (8 yrs)', [after(10, 'Node.js', '10 years of Node.js'), before(8, 'React', 'React (8 yrs)')]],
    ['subject cut at four words', '6 years building large scale distributed payment systems', [
      after(6, 'large scale distributed payment', '6 years building large scale distributed payment'),
    ]],
    ['parenthesised', 'Rust (7 yrs)', [before(7, 'Rust', 'Rust (7 yrs)')]],
    ['bracketed', 'Python [5+ years]', [before(5, 'Python', 'Python [5+ years]')]],
    ['parenthesised with words', 'Kubernetes (10 years of experience)', [before(10, 'Kubernetes', 'Kubernetes (10 years of experience)')]],
    ['a skills list', 'Rust (7 yrs), Go (3 yrs)', [before(7, 'Rust', 'Rust (7 yrs)'), before(3, 'Go', 'Go (3 yrs)')]],
    ['dash', 'Java - 3 years', [before(3, 'Java', 'Java - 3 years')]],
    ['after a heading', 'Skills: Go: 4 years', [before(4, 'Go', 'Go: 4 years')]],
    ['for N years', 'used Kubernetes for over 10 years', [before(10, 'used Kubernetes', 'used Kubernetes for over 10 years')]],
    ['after a separator', 'Cloud platforms | AWS (10 yrs)', [before(10, 'AWS', 'AWS (10 yrs)')]],
    ['years of experience in general', '10 years of experience', []],
    ['a heading is not a subject', 'Experience: 6 years', []],
    ['any subject: technologies are matched later', '3 years at Google', [after(3, 'at Google', '3 years at Google')]],
    ['more than a working life', 'over 100 years of history', []],
    ['a year is not a count', 'founded 2015, years ago', []],
    ['no number', 'many years of Go', []],
    ['empty', '', []],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(claimedExperience(text)).toEqual(expected);
  });

  it('reads at most 50 claims from one text', () => {
    expect(claimedExperience('2 years of Go, '.repeat(200))).toHaveLength(50);
  });
});
