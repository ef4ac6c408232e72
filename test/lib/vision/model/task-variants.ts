import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { Builder } from 'flatbuffers';
import { crc32 } from '../../../../lib/vision/model/crc32';
import { readZip } from '../../../../lib/vision/model/zip-read';
import { writeStoredZip } from '../../../../lib/vision/model/zip-write';

/**
 * FaceLandmarker bundles for tests of loading an administrator's model. No official
 * face_landmarker.task can be downloaded here, so the bundle built at install
 * (public/vision/face_landmarker.task) stands in for it, and variants are made from its members:
 * one more member, one fewer, one replaced, or one compressed.
 */

// From the file's path rather than `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's own.
export const PACKAGE_MODEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../public/vision/face_landmarker.task');
export const hasPackageModel = () => existsSync(PACKAGE_MODEL);
export const packageModel = () => new Uint8Array(readFileSync(PACKAGE_MODEL));

export interface TestMember {
  name: string;
  data: Uint8Array;
  /** Store it deflated (method 8), as `zip` does by default, instead of STORED. */
  deflate?: boolean;
}

/** The package model's members, as copies. */
export const packageMembers = (): TestMember[] => readZip(packageModel()).map((m) => ({ name: m.name, data: m.data.slice() }));

/** A bundle of `members`, STORED on 16-byte boundaries like the package model, unless one asks to deflate. */
export function testBundle(members: readonly TestMember[]): Uint8Array {
  if (!members.some((m) => m.deflate)) return writeStoredZip(members, { align: 16 });
  return writeMixedZip(members);
}

/** The package model with the blendshapes member added, its bytes copied from another member. */
export function withBlendshapes(from = 'face_detector.tflite'): TestMember[] {
  const members = packageMembers();
  const source = members.find((m) => m.name === from);
  if (!source) throw new Error(`${from} is not in the package model`);
  return [...members, { name: 'face_blendshapes.tflite', data: source.data.slice() }];
}

/**
 * A TFLite flatbuffer holding only what the bundle check reads: schema version 3 and one subgraph
 * whose input and output tensors have the given shapes. MediaPipe could not run it (no operators);
 * it stands in for Google's face_blendshapes.tflite (input [1, 146, 2], output [52]) in checks.
 */
export function stubTflite({ input = [1, 146, 2], output = [52], version = 3 }: { input?: number[]; output?: number[]; version?: number } = {}): Uint8Array {
  const b = new Builder(256);
  const ints = (values: number[]) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addInt32(values[i]!);
    return b.endVector();
  };
  const tables = (offsets: number[]) => {
    b.startVector(4, offsets.length, 4);
    for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]!);
    return b.endVector();
  };
  // Field slots from tensorflow/lite/schema/schema.fbs: Tensor{shape 0}, SubGraph{tensors 0, inputs 1,
  // outputs 2}, Model{version 0, subgraphs 2}.
  const tensor = (shape: number[]) => {
    const shapeAt = ints(shape);
    b.startObject(4);
    b.addFieldOffset(0, shapeAt, 0);
    return b.endObject();
  };
  const tensors = tables([tensor(input), tensor(output)]);
  const inputs = ints([0]);
  const outputs = ints([1]);
  b.startObject(5);
  b.addFieldOffset(0, tensors, 0);
  b.addFieldOffset(1, inputs, 0);
  b.addFieldOffset(2, outputs, 0);
  const subgraphs = tables([b.endObject()]);
  b.startObject(8);
  b.addFieldInt32(0, version, -1);
  b.addFieldOffset(2, subgraphs, 0);
  b.finish(b.endObject(), 'TFL3');
  return b.asUint8Array().slice();
}

export const withoutMember = (name: string) => packageMembers().filter((m) => m.name !== name);

export const replacing = (name: string, data: Uint8Array) => packageMembers().map((m) => (m.name === name ? { name, data } : m));

export const deflating = (name: string) => packageMembers().map((m) => (m.name === name ? { ...m, deflate: true } : m));

/**
 * A zip whose members may be deflated. lib/vision/model/zip-write.ts writes STORED members only
 * (all a bundle should hold), so the few header fields are written here, with node:zlib deflating.
 */
function writeMixedZip(members: readonly TestMember[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = encoder.encode(m.name);
    const stored = m.deflate ? new Uint8Array(deflateRawSync(m.data)) : m.data;
    const fields = { method: m.deflate ? 8 : 0, crc: crc32(m.data), compressed: stored.length, size: m.data.length, nameLength: name.length };
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    commonFields(lv, 4, fields);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    commonFields(cv, 6, fields);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(local, stored);
    directory.push(central);
    offset += local.length + stored.length;
  }
  const directorySize = directory.reduce((sum, d) => sum + d.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, members.length, true);
  ev.setUint16(10, members.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...directory, end];
  const out = new Uint8Array(all.reduce((sum, p) => sum + p.length, 0));
  let p = 0;
  for (const part of all) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** Version needed to extract .. file name length, shared by the local and central headers. */
function commonFields(view: DataView, p: number, f: { method: number; crc: number; compressed: number; size: number; nameLength: number }) {
  view.setUint16(p, 20, true);
  view.setUint16(p + 4, f.method, true);
  view.setUint16(p + 8, (0 << 9) | (1 << 5) | 1, true); // 1980-01-01
  view.setUint32(p + 10, f.crc, true);
  view.setUint32(p + 14, f.compressed, true);
  view.setUint32(p + 18, f.size, true);
  view.setUint16(p + 22, f.nameLength, true);
}
