import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WASM_FILES } from '../../lib/build/face-model';
import { METADATA_ENTRY_NAME } from '../../lib/vision/model/tflite-schema';
import { fileIdentifier, summarizeTflite } from '../../lib/vision/model/tflite-summary';
import { readZip } from '../../lib/vision/model/zip-read';
import { VISION_DIR } from './vision-page';

// The files lib/build/face-model.ts generated in public/vision, as the extension will ship them.

const TASK = path.join(VISION_DIR, 'face_landmarker.task');
const WASM_SOURCE = fileURLToPath(new URL('../../node_modules/@mediapipe/tasks-vision/wasm', import.meta.url));
if (!existsSync(TASK)) throw new Error(`No model at ${TASK}: run \`npx tsx lib/build/face-model.ts\` first.`);
const members = readZip(new Uint8Array(readFileSync(TASK)));
const member = (name: string) => {
  const found = members.find((m) => m.name === name);
  if (!found) throw new Error(`${name} is not in the bundle`);
  return found.data;
};

describe('face_landmarker.task', () => {
  it('holds the three members MediaPipe Tasks looks up by name, in order', () => {
    expect(members.map((m) => m.name)).toEqual(['face_detector.tflite', 'face_landmarks_detector.tflite', 'geometry_pipeline_metadata_landmarks.binarypb']);
  });

  it.each(members.map((m) => [m.name, m] as const))('%s is STORED, 16-byte aligned, with a matching CRC-32', (_, m) => {
    expect(m.method).toBe(0);
    expect(m.dataOffset % 16).toBe(0);
    expect(m.crc32).toBe(zlibCrc32(m.data)); // node:zlib as an independent CRC
  });

  it.each<[string, { input: number[]; outputs: number[][] }]>([
    ['face_detector.tflite', { input: [1, 128, 128, 3], outputs: [[1, 896, 16], [1, 896, 1]] }],
    ['face_landmarks_detector.tflite', { input: [1, 192, 192, 3], outputs: [[1, 1, 1, 1434], [1, 1, 1, 1]] }],
  ])('%s is a TFLite model with metadata and the shapes Tasks expects', (name, shapes) => {
    const data = member(name);
    expect(fileIdentifier(data)).toBe('TFL3');
    const summary = summarizeTflite(data);
    const entries = summary.metadata.filter((m) => m.name === METADATA_ENTRY_NAME);
    expect(entries).toHaveLength(1);
    expect(fileIdentifier(entries[0]!.data)).toBe('M001');
    expect(summary.subgraphs).toHaveLength(1);
    expect(summary.subgraphs[0]!.inputs.map((t) => t.shape)).toEqual([shapes.input]);
    expect(summary.subgraphs[0]!.outputs.map((t) => t.shape)).toEqual(shapes.outputs);
  });
});

describe('public/vision/wasm', () => {
  it.each(WASM_FILES.map((name) => [name]))('has %s as installed', (name) => {
    const copy = path.join(VISION_DIR, 'wasm', name);
    expect(existsSync(copy)).toBe(true);
    expect(statSync(copy).size).toBe(statSync(path.join(WASM_SOURCE, name)).size);
    expect(zlibCrc32(readFileSync(copy))).toBe(zlibCrc32(readFileSync(path.join(WASM_SOURCE, name))));
  });

  it('holds nothing else: the module worker loads no other variant', () => {
    expect(readdirSync(path.join(VISION_DIR, 'wasm')).sort()).toEqual([...WASM_FILES].sort());
  });
});
