import { describe, expect, it } from 'vitest';
import { mediapipeReason } from '../../../../lib/vision/worker/mediapipe-reason';

// Messages as tasks-vision 1.1.0 gave them in headless Chromium (test/vision/custom-face-model.spec.ts).
const COMPRESSED = `UNKNOWN: Expected uncompressed zip archive.; Initialize was not ok; StartGraph failed
=== Source Location Trace: ===
third_party/mediapipe/tasks/cc/common.cc:30
third_party/mediapipe/tasks/cc/metadata/utils/zip_utils.cc:144`;

describe('mediapipeReason', () => {
  it.each<[string, unknown, string]>([
    ['drops the source-location trace', new Error(COMPRESSED), 'UNKNOWN: Expected uncompressed zip archive.; Initialize was not ok; StartGraph failed'],
    ['keeps a message without a trace', new Error('The landmark worker stopped.'), 'The landmark worker stopped.'],
    ['reads a thrown string', 'plain text', 'plain text'],
    ['trims what is left', new Error('  spaced \n=== Source Location Trace: ===\nx.cc:1'), 'spaced'],
  ])('%s', (_, error, expected) => {
    expect(mediapipeReason(error)).toBe(expected);
  });
});
