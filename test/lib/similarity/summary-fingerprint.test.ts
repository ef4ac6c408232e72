import { describe, expect, it } from 'vitest';
import { estimatedJaccard } from '../../../lib/similarity/minhash';
import { MIN_SUMMARY_WORDS, SUMMARY_MATCH_MIN_JACCARD, summaryFingerprint, type SummaryFingerprint } from '../../../lib/similarity/summary-fingerprint';
import { EDITED, ORIGINAL, RENAMED, REWORKED, SAME_FIELD, UNRELATED } from './sample-summaries';

const fp = (text: string, names: string[]): SummaryFingerprint => {
  const result = summaryFingerprint(text, names);
  if (!result.ok) throw new Error(`not fingerprinted: ${result.reason}`);
  return result.fingerprint;
};
const similarity = (a: [string, string[]], b: [string, string[]]) => estimatedJaccard(fp(...a).signature, fp(...b).signature);

describe('summaryFingerprint', () => {
  it.each<[string, [string, string[]], [string, string[]], boolean]>([
    ['the same text under another name, numbers changed', [ORIGINAL, ['Jordan Ellis']], [RENAMED, ['Sam Okafor']], true],
    ['a renamed copy with two words changed', [ORIGINAL, ['Jordan Ellis']], [EDITED, ['Sam Okafor']], true],
    ['a copy reworded in every sentence', [ORIGINAL, ['Jordan Ellis']], [REWORKED, ['Sam Okafor']], false],
    ['an unrelated summary', [ORIGINAL, ['Jordan Ellis']], [UNRELATED, ['Ana Costa']], false],
    ['same job, same stock phrases, written independently', [ORIGINAL, ['Jordan Ellis']], [SAME_FIELD, ['Rui Lima']], false],
  ])('%s: near-duplicate = %s', (_label, a, b, near) => {
    expect(similarity(a, b) >= SUMMARY_MATCH_MIN_JACCARD).toBe(near);
  });

  it('scores unrelated texts far below the threshold, and copies far above', () => {
    expect(similarity([ORIGINAL, ['Jordan Ellis']], [SAME_FIELD, ['Rui Lima']])).toBeLessThan(0.15);
    expect(similarity([ORIGINAL, ['Jordan Ellis']], [RENAMED, ['Sam Okafor']])).toBeGreaterThan(0.9);
  });

  it.each<[string, string, string]>([
    ['a headline-length text', 'Backend engineer, Go and Kafka, open to remote roles.', 'too-short'],
    [`${MIN_SUMMARY_WORDS - 1} words`, Array.from({ length: MIN_SUMMARY_WORDS - 1 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(' '), 'too-short'],
    ['placeholder text', `Lorem ipsum dolor sit amet, consectetur adipiscing elit. ${UNRELATED}`, 'placeholder'],
    ['one phrase repeated', 'hire me now please '.repeat(20), 'repetitive'],
  ])('is not fingerprinted: %s', (_label, text, reason) => {
    expect(summaryFingerprint(text)).toEqual({ ok: false, reason });
  });

  it('keeps signature, 16 band keys and the word count, never the text', () => {
    const result = summaryFingerprint(ORIGINAL, ['Jordan Ellis']);
    expect(result.ok && Object.keys(result.fingerprint).sort()).toEqual(['bands', 'signature', 'words']);
    expect(result.ok && result.fingerprint.bands).toHaveLength(16);
    expect(result.ok && result.fingerprint.words).toBeGreaterThanOrEqual(MIN_SUMMARY_WORDS);
  });
});
