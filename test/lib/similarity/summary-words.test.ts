import { describe, expect, it } from 'vitest';
import { summaryWords } from '../../../lib/similarity/summary-words';

describe('summaryWords', () => {
  it.each<[string, string, string[], string]>([
    ['folds case, accents and punctuation', 'Senior  Engineer — Résumé, CV!', [], 'senior engineer resume cv'],
    ['numbers become #', 'Over 7+ years, 12 projects, 2019-2024', [], 'over # years # projects # #'],
    ["the candidate's own name tokens become @name", 'I am Jordan Ellis, and Jordan likes Go', ['Jordan Ellis'], 'i am @name @name and @name likes go'],
    ['name matching folds the name as the text', 'Hi, I am José Ñúñez', ['jose nunez'], 'hi i am @name @name'],
    ['initials are not masked (too common as words)', 'I am J. Ellis', ['J. Ellis'], 'i am j @name'],
    ['links and e-mail addresses are dropped', 'See https://jordan.dev/cv or www.example.com, mail me at jordan@example.com today', [], 'see or mail me at today'],
    ['apostrophes join, as in names', "I'm a team's lead", [], 'im a teams lead'],
    ['other scripts are kept as words', 'Ingeniero de software 软件 工程师', [], 'ingeniero de software 软件 工程师'],
    ['empty text', '   ', ['Jordan'], ''],
  ])('%s', (_label, text, names, expected) => {
    expect(summaryWords(text, names).join(' ')).toBe(expected);
  });

  it('stops at 2,000 words', () => {
    expect(summaryWords('word '.repeat(5000))).toHaveLength(2000);
  });
});
