import { describe, expect, it } from 'vitest';
import { namesAgree, normaliseName } from '../../../lib/candidate/normalise-name';

describe('normaliseName', () => {
  const cases: Array<[string, string, string]> = [
    ['case and spaces', '  Jordan   ELLIS ', 'jordan ellis'],
    ['Latin diacritics', 'José Émile Núñez', 'jose emile nunez'],
    ['decomposed input', 'Jose\u0301', 'jose'],
    ['apostrophe joins', "O'Brien D’Arcy", 'obrien darcy'],
    ['hyphen and dots', 'Mary-Jane K. Smith', 'mary jane k smith'],
    ['comma order', 'Ellis, Jordan', 'ellis jordan'],
    ['full-width letters', 'Ｊｏｒｄａｎ', 'jordan'],
    ['German sharp s', 'Strauß', 'strauss'],
    ['Scandinavian and Polish letters', 'Søren Łukasz Æbelø', 'soren lukasz aebelo'],
    ['Turkish dotted capital I', 'İlker', 'ilker'],
    ['zero-width characters', 'Jor\u200bdan\u200d', 'jordan'],
    ['Cyrillic kept, not transliterated', 'Ли Мин', 'ли мин'],
    ['Greek lower-cased, accents kept', 'Νίκος', 'νίκος'],
    ['CJK kept', '李明', '李明'],
    ['Devanagari marks kept', 'अनिल', 'अनिल'],
    ['Hangul recomposed', '김민준', '김민준'],
    ['punctuation only', ' -- . ', ''],
  ];
  it.each(cases)('%s', (_label, raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});

describe('namesAgree', () => {
  const agree: Array<[string, string[], string[]]> = [
    ['identical', ['Jordan Ellis'], ['Jordan Ellis']],
    ['case and accents', ['JOSÉ NÚÑEZ'], ['jose nunez']],
    ['other order', ['Ellis, Jordan'], ['Jordan Ellis']],
    ['middle name on one side', ['Jordan Alex Ellis'], ['Jordan Ellis']],
    ['middle initial on one side', ['Jordan A. Ellis'], ['Jordan Ellis']],
    ['initial for first name', ['J. Ellis'], ['Jordan Ellis']],
    ['initial on the longer side', ['Jordan Ellis'], ['J Alex Ellis']],
    ['hyphen vs space', ['Mary-Jane Smith'], ['Mary Jane Smith']],
    ['hyphen vs joined', ['Mary-Jane Smith'], ['Maryjane Smith']],
    ['double surname vs one', ['Ana García-López'], ['Ana García']],
    ['any name of each list', ['Sam Okafor', 'Jordan Ellis'], ['J. Ellis']],
    ['single given name', ['Jordan'], ['Jordan Ellis']],
    ['same non-Latin name', ['李明'], ['李 明']],
    ['empty left list', [], ['Jordan Ellis']],
    ['empty right list', ['Jordan Ellis'], []],
    ['punctuation-only names count as unknown', ['—'], ['Jordan Ellis']],
  ];
  it.each(agree)('agree: %s', (_label, a, b) => {
    expect(namesAgree(a, b)).toBe(true);
    expect(namesAgree(b, a)).toBe(true);
  });

  const disagree: Array<[string, string[], string[]]> = [
    ['different people', ['Jordan Ellis'], ['Sam Okafor']],
    ['same first name, different surname', ['Jordan Ellis'], ['Jordan Smith']],
    ['initials only', ['J. E.'], ['Jordan Ellis']],
    ['wrong initial', ['K. Ellis'], ['Jordan Ellis']],
    ['prefix is not a match', ['Jordan Ellison'], ['Jordan Ellis']],
    ['no transliteration across scripts', ['Li Ming'], ['李明']],
    ['Cyrillic vs Latin', ['Ivan Petrov'], ['Иван Петров']],
  ];
  it.each(disagree)('disagree: %s', (_label, a, b) => {
    expect(namesAgree(a, b)).toBe(false);
    expect(namesAgree(b, a)).toBe(false);
  });

  it('stays fast on hostile input', () => {
    const left = Array.from({ length: 100 }, (_, i) => `${'a '.repeat(500)}x${i}`);
    const right = Array.from({ length: 100 }, (_, i) => `${'b '.repeat(500)}y${i}`);
    const started = performance.now();
    expect(namesAgree(left, right)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
