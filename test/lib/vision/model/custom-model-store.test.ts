import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CUSTOM_MODEL_KEY, onCustomModelChanged, readCustomModel, removeCustomModel, saveCustomModel, type CustomModelRecord, type StoredModel,
} from '../../../../lib/vision/model/custom-model-store';
import { sha256 } from './sha256';
import { hasPackageModel, packageMembers, packageModel, replacing, stubTflite, testBundle } from './task-variants';

/** The store with the fake browser's `storage.local`, which keeps values as the real one does (JSON). */

const LOADED_AT = new Date('2026-11-24T09:15:00.000Z');
const stored = async () => (await fakeBrowser.storage.local.get(CUSTOM_MODEL_KEY))[CUSTOM_MODEL_KEY] as CustomModelRecord | undefined;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe.skipIf(!hasPackageModel())('custom model store', () => {
  it('reads nothing when nothing was loaded', async () => {
    await expect(readCustomModel()).resolves.toEqual({ state: 'none' });
  });

  it.each<[string, () => Uint8Array, boolean]>([
    ['the bundle built at install', packageModel, false],
    ['a bundle with blendshapes', () => testBundle([...packageMembers(), { name: 'face_blendshapes.tflite', data: stubTflite() }]), true],
  ])('stores %s under one key and reads the same bytes back', async (_, make, blendshapes) => {
    const bytes = make();
    const info = await saveCustomModel({ name: 'face_landmarker.task', bytes, loadedAt: LOADED_AT });
    const expected = { name: 'face_landmarker.task', sha256: sha256(bytes), size: bytes.length, hasBlendshapes: blendshapes, loadedAt: '2026-11-24T09:15:00.000Z' };
    expect(info).toEqual(expected);
    expect(await stored()).toEqual({ ...expected, base64: base64(bytes) });
    const read = await readCustomModel();
    expect(read.state === 'ready' && read.model).toEqual(expected);
    expect(read.state === 'ready' && sha256(read.bytes)).toBe(sha256(bytes));
  });

  it('refuses to store an invalid bundle and keeps the one stored before', async () => {
    await saveCustomModel({ name: 'good.task', bytes: packageModel(), loadedAt: LOADED_AT });
    await expect(saveCustomModel({ name: 'bad.task', bytes: new TextEncoder().encode('not a model'), loadedAt: LOADED_AT }))
      .rejects.toThrow(/^bad\.task was not stored: bad\.task is not a MediaPipe \.task bundle/);
    expect((await stored())?.name).toBe('good.task');
  });

  it.each<[string, string, RegExp]>([
    // Chrome's words when storage.local is full (QUOTA_BYTES, 10 MB without unlimitedStorage).
    ['a full quota, naming the permission that lifts it', 'Resource::kQuotaBytes quota exceeded', /^The browser did not store the model: Resource::kQuotaBytes quota exceeded\. It is too large for this browser's extension storage without the unlimitedStorage permission\.$/],
    ['any other failure, in the browser\'s words', 'Extension context invalidated.', /^The browser did not store the model: Extension context invalidated\.$/],
  ])('reports %s when the browser does not store it', async (_, message, expected) => {
    // The fake storage has no quota: the browser's refusal is played by the storage API itself.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(message));
    await expect(saveCustomModel({ name: 'face_landmarker.task', bytes: packageModel(), loadedAt: LOADED_AT })).rejects.toThrow(expected);
    expect(await stored()).toBeUndefined();
  });

  it('removes the stored model', async () => {
    await saveCustomModel({ name: 'face_landmarker.task', bytes: packageModel(), loadedAt: LOADED_AT });
    await removeCustomModel();
    expect(await stored()).toBeUndefined();
    await expect(readCustomModel()).resolves.toEqual({ state: 'none' });
  });

  it('calls back when the model is stored or removed, and not for other keys', async () => {
    let calls = 0;
    const stop = onCustomModelChanged(() => calls++);
    await saveCustomModel({ name: 'face_landmarker.task', bytes: packageModel(), loadedAt: LOADED_AT });
    await fakeBrowser.storage.local.set({ 'hireproof-settings': {} });
    await removeCustomModel();
    stop();
    await saveCustomModel({ name: 'face_landmarker.task', bytes: packageModel(), loadedAt: LOADED_AT });
    expect(calls).toBe(2);
  });

  describe('a stored record that cannot be used is reported, not used', () => {
    const good = () => {
      const bytes = packageModel();
      return { name: 'face_landmarker.task', sha256: sha256(bytes), size: bytes.length, hasBlendshapes: false, loadedAt: '2026-11-24T09:15:00.000Z', base64: base64(bytes) };
    };
    const other = testBundle(replacing('geometry_pipeline_metadata_landmarks.binarypb', new Uint8Array([1, 2, 3])));
    it.each<[string, () => unknown, RegExp[]]>([
      ['not an object', () => 'face_landmarker.task', [/malformed at its top level/]],
      ['a field missing', () => ({ ...good(), sha256: undefined }), [/malformed at sha256/]],
      ['an unknown field', () => ({ ...good(), url: 'https://example.com' }), [/malformed at its top level: Unrecognized key: "url"/]],
      ['a malformed hash', () => ({ ...good(), sha256: 'ABC' }), [/malformed at sha256: expected 64 lowercase hex digits/]],
      ['bytes that are not base64', () => ({ ...good(), base64: 'not base64!' }), [/not valid base64/]],
      ['a size that is not the bytes\'', () => ({ ...good(), size: 12 }), [/the stored bytes are \d+ long, but the record says 12/]],
      ['bytes that are not a bundle', () => ({ ...good(), size: 11, base64: base64(new TextEncoder().encode('hello world')) }), [/face_landmarker\.task is not a MediaPipe \.task bundle/]],
      ['bytes changed since loading', () => ({ ...good(), size: other.length, base64: base64(other) }), [/its SHA-256 is [0-9a-f]{12}…, but it was [0-9a-f]{12}… when it was loaded/]],
      ['blendshapes said wrongly', () => ({ ...good(), hasBlendshapes: true }), [/opposite of the bundle about blendshapes/]],
    ])('%s', async (_, record, expected) => {
      await fakeBrowser.storage.local.set({ [CUSTOM_MODEL_KEY]: record() });
      const read: StoredModel = await readCustomModel();
      expect(read.state).toBe('corrupt');
      const problems = read.state === 'corrupt' ? read.problems : [];
      expect(problems).toHaveLength(expected.length);
      for (const problem of problems) expect(problem).toMatch(/^The stored face model cannot be used: /);
      expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
    });

    it('a good record reads as ready', async () => {
      await fakeBrowser.storage.local.set({ [CUSTOM_MODEL_KEY]: good() });
      expect((await readCustomModel()).state).toBe('ready');
    });
  });
});
