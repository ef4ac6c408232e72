import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RecordedSequenceSchema, type RecordedSequence } from '../../../../lib/vision/landmarks/recorded-sequence';

/**
 * The landmark recordings in test/fixtures/landmarks (made by test/vision/record-landmarks.ts from
 * ../shared/testdata/face_videos; each file's `source` says how).
 */
export const RECORDINGS_DIR = fileURLToPath(new URL('../../../fixtures/landmarks/', import.meta.url));

/** Whole real videos of real people. */
export const REAL = ['d9', 'd12', 'd19', 'obama', 'd3', 'd10', 'd18', 'd20', 'trump'] as const;
/** Made from real frames: a still photo held 5 s, a 2 s clip played 3 times, two videos side by side. */
export const DERIVED = ['still', 'loop', 'two-faces'] as const;
export type RecordingName = (typeof REAL)[number] | (typeof DERIVED)[number];

const cache = new Map<RecordingName, RecordedSequence>();

export function recording(name: RecordingName): RecordedSequence {
  const cached = cache.get(name);
  if (cached) return cached;
  const parsed = RecordedSequenceSchema.parse(JSON.parse(readFileSync(`${RECORDINGS_DIR}${name}.json`, 'utf8')));
  cache.set(name, parsed);
  return parsed;
}

/** Frame index of a timestamp in a recording (timestamps are frame index × 1000 / fps, rounded). */
export const frameAt = (rec: RecordedSequence, ms: number): number => Math.round((ms * rec.fps) / 1000);
