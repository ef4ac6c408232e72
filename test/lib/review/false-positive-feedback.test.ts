import { describe, expect, it } from 'vitest';
import { FalsePositiveFeedbackSchema } from '../../../lib/lists/feedback';
import { buildFeedback, formatFeedback, type FeedbackCandidate } from '../../../lib/review/false-positive-feedback';
import type { SignalResult } from '../../../lib/risk/assessment';
import { makeResult } from '../../components/sample-assessment';

const listed = (entries: Array<Record<string, string>>, more?: number): SignalResult =>
  makeResult({
    signalId: 'listed-identifier',
    title: 'Identifier on a security-team list',
    status: 'hit',
    falsePositive: true,
    evidence: [
      ...entries.map((data) => ({ messageId: 'listed', data: { query: 'q', network: '', note: '', ...data }, text: 'listed' })),
      ...(more === undefined ? [] : [{ messageId: 'more', data: { count: more }, text: `${more} more` }]),
    ],
  });
const entry = (listId: string, kind: string, value: string) => ({ listId, listTitle: `Title of ${listId}`, kind, value });
const candidate = (id: string, marks: string[], results?: SignalResult[], markedAt: Array<[string, number]> = []): FeedbackCandidate => ({
  candidateId: id,
  falsePositiveSignalIds: marks,
  results,
  markedAt: new Map(markedAt),
});
const build = (candidates: FeedbackCandidate[], generatedBy = '') => buildFeedback({ candidates, generatedAt: Date.UTC(2026, 10, 20, 14, 5), generatedBy });

describe('buildFeedback', () => {
  it.each([
    {
      name: 'a list-based hit names its list entries, sorted and without repeats, and when it was marked',
      candidates: [candidate('c1', ['listed-identifier'], [listed([entry('b-list', 'phone', '+14155550134'), entry('a-list', 'email', 'x@y.test'), entry('a-list', 'email', 'x@y.test')])], [['listed-identifier', Date.UTC(2026, 10, 18)]])],
      marks: [{ candidateId: 'c1', signalId: 'listed-identifier', signalTitle: 'Identifier on a security-team list', markedAt: '2026-11-18T00:00:00.000Z', currentOutcome: 'hit', listEntries: [entry('a-list', 'email', 'x@y.test'), entry('b-list', 'phone', '+14155550134')] }],
    },
    {
      name: 'a check that is not list-based has no entries',
      candidates: [candidate('c1', ['voip-phone'], [makeResult({ signalId: 'voip-phone', title: 'VoIP', status: 'hit', falsePositive: true, evidence: [{ messageId: 'voip', data: { phone: '+1' }, text: 'voip' }] })])],
      marks: [{ candidateId: 'c1', signalId: 'voip-phone', signalTitle: 'VoIP', currentOutcome: 'hit', listEntries: [] }],
    },
    {
      name: 'a mark on a check that no longer hits says so, and one never checked too',
      candidates: [candidate('c1', ['listed-identifier'], [makeResult({ signalId: 'listed-identifier', title: 'Listed', status: 'miss' })]), candidate('c2', ['voip-phone'], undefined)],
      marks: [
        { candidateId: 'c1', signalId: 'listed-identifier', signalTitle: 'Listed', currentOutcome: 'miss', listEntries: [] },
        { candidateId: 'c2', signalId: 'voip-phone', currentOutcome: 'not-checked', listEntries: [] },
      ],
    },
    {
      name: 'more matches than the evidence names are counted',
      candidates: [candidate('c1', ['listed-identifier'], [listed([entry('a-list', 'email', 'x@y.test')], 4)])],
      marks: [{ candidateId: 'c1', signalId: 'listed-identifier', signalTitle: 'Identifier on a security-team list', currentOutcome: 'hit', listEntries: [entry('a-list', 'email', 'x@y.test')], moreListMatches: 4 }],
    },
    {
      name: 'a photo matched on a list is a photo-hash entry; matches of other applicants are not list entries',
      candidates: [
        candidate('c1', ['reused-photo'], [
          makeResult({
            signalId: 'reused-photo', title: 'Photo', status: 'hit', falsePositive: true,
            evidence: [
              { messageId: 'listed', data: { value: '0f0f0f0f0f0f0f0f', listId: 'photos', listTitle: 'Photos', note: '', distance: 3 }, text: 'listed' },
              { messageId: 'shared', data: { otherName: 'Alex', distance: 2 }, text: 'shared' },
              { messageId: 'more', data: { count: 2 }, text: '2 more' },
            ],
          }),
        ]),
      ],
      marks: [{ candidateId: 'c1', signalId: 'reused-photo', signalTitle: 'Photo', currentOutcome: 'hit', listEntries: [{ listId: 'photos', listTitle: 'Photos', kind: 'photo-hash', value: '0f0f0f0f0f0f0f0f' }] }],
    },
  ])('$name', ({ candidates, marks }) => {
    const { feedback, dropped } = build(candidates);
    expect(feedback.marks).toEqual(marks);
    expect(dropped).toBe(0);
    expect(FalsePositiveFeedbackSchema.parse(feedback)).toEqual(feedback);
  });

  it('sorts marks by signal then candidate, and counts each list entry over all marks', () => {
    const { feedback } = build(
      [
        candidate('c2', ['voip-phone', 'listed-identifier'], [listed([entry('a-list', 'email', 'x@y.test')])]),
        candidate('c1', ['listed-identifier'], [listed([entry('a-list', 'email', 'x@y.test'), entry('a-list', 'phone', '+1415')])]),
      ],
      '  Pat Reviewer ',
    );
    expect(feedback.marks.map((m) => `${m.signalId}/${m.candidateId}`)).toEqual(['listed-identifier/c1', 'listed-identifier/c2', 'voip-phone/c2']);
    expect(feedback.entries).toEqual([
      { ...entry('a-list', 'email', 'x@y.test'), marks: 2 },
      { ...entry('a-list', 'phone', '+1415'), marks: 1 },
    ]);
    expect(feedback.generatedBy).toBe('Pat Reviewer');
    expect(feedback.generatedAt).toBe('2026-11-20T14:05:00.000Z');
    const text = formatFeedback(feedback);
    expect(text.endsWith('}\n')).toBe(true);
    expect(FalsePositiveFeedbackSchema.parse(JSON.parse(text))).toEqual(feedback);
  });

  it('leaves out marks whose stored ids do not fit the format, and entries that are not list entries', () => {
    const { feedback, dropped } = build([
      candidate('c1', ['Not A Signal Id', 'listed-identifier'], [listed([entry('a-list', 'fax', '123'), entry('BAD LIST', 'email', 'x@y.test')])]),
    ]);
    expect(dropped).toBe(1);
    expect(feedback.marks).toEqual([expect.objectContaining({ signalId: 'listed-identifier', listEntries: [] })]);
  });
});
