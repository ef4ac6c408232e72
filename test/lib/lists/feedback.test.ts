import { describe, expect, it } from 'vitest';
import { FalsePositiveFeedbackSchema } from '../../../lib/lists/feedback';

const mark = { candidateId: 'c1', signalId: 'listed-identifier', currentOutcome: 'hit', listEntries: [{ listId: 'acme-fraud', listTitle: 'ACME', kind: 'email', value: 'a@b.test' }] };
const valid = { format: 'hireproof-false-positive-feedback', version: 1, generatedAt: '2026-11-20T14:05:00.000Z', marks: [mark], entries: [{ ...mark.listEntries[0], marks: 1 }] };

describe('FalsePositiveFeedbackSchema', () => {
  it.each([
    ['the example', valid],
    ['no marks', { ...valid, marks: [], entries: [] }],
    ['a named reviewer', { ...valid, generatedBy: 'Pat Reviewer' }],
    ['a mark with time and more matches', { ...valid, marks: [{ ...mark, markedAt: '2026-11-18T09:12:44.000Z', moreListMatches: 3, signalTitle: 'Listed' }] }],
    ['a mark of a signal that is not list-based', { ...valid, marks: [{ ...mark, signalId: 'voip-phone', listEntries: [] }] }],
  ])('accepts %s', (_, input) => {
    expect(FalsePositiveFeedbackSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ['another format', { ...valid, format: 'hireproof-signal-list' }, ['format']],
    ['a later version', { ...valid, version: 2 }, ['version']],
    ['an unknown key (typo)', { ...valid, mraks: [] }, []],
    ['a date without time', { ...valid, generatedAt: '2026-11-20' }, ['generatedAt']],
    ['an unknown outcome', { ...valid, marks: [{ ...mark, currentOutcome: 'maybe' }] }, ['marks', 0, 'currentOutcome']],
    ['a signal id that is not kebab-case', { ...valid, marks: [{ ...mark, signalId: 'Listed Identifier' }] }, ['marks', 0, 'signalId']],
    ['an unknown entry kind', { ...valid, marks: [{ ...mark, listEntries: [{ ...mark.listEntries[0], kind: 'fax' }] }] }, ['marks', 0, 'listEntries', 0, 'kind']],
    ['a list id with capitals', { ...valid, marks: [{ ...mark, listEntries: [{ ...mark.listEntries[0], listId: 'ACME' }] }] }, ['marks', 0, 'listEntries', 0, 'listId']],
    ['zero more matches', { ...valid, marks: [{ ...mark, moreListMatches: 0 }] }, ['marks', 0, 'moreListMatches']],
    ['an entry count of zero', { ...valid, entries: [{ ...mark.listEntries[0], marks: 0 }] }, ['entries', 0, 'marks']],
  ])('refuses %s', (_, input, path) => {
    const result = FalsePositiveFeedbackSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
