import { describe, expect, it } from 'vitest';
import { normaliseOrganisation } from '../../../lib/candidate/normalise-organisation';

describe('normaliseOrganisation', () => {
  const cases: Array<[string, string, string]> = [
    ['case and punctuation', 'ACME, Inc.', 'acme'],
    ['several legal forms', 'Northwind Pvt. Ltd.', 'northwind'],
    ['long legal form', 'Globex Corporation', 'globex'],
    ['German form', 'Müller Technik GmbH', 'muller technik'],
    ['leading article', 'The Brightwave Company', 'brightwave'],
    ['parenthesised note', 'Brightwave (brightwave.example)', 'brightwave'],
    ['GitHub-style handle', '@acme-labs', 'acme labs'],
    ['a legal-form word inside a name stays', 'Co Op Bank', 'co op bank'],
    ['a name that is only a legal-form word stays', 'Company', 'company'],
    ['a lone article stays', 'The', 'the'],
    ['no guessing at abbreviations', 'MIT', 'mit'],
    ['school names', 'University of Toronto', 'university of toronto'],
    ['empty', ' - ', ''],
  ];
  it.each(cases)('%s', (_label, raw, expected) => {
    expect(normaliseOrganisation(raw)).toBe(expected);
  });
});
