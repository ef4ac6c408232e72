import { browser } from 'wxt/browser';
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './bytes-base64';
import { MAX_TASK_BYTES, validateLandmarkerTask } from './validate-landmarker-task';

/**
 * The FaceLandmarker bundle an administrator loaded on the options page, kept in `storage.local`
 * under one key. Not IndexedDB: the meeting panel that uses it is an extension iframe inside the
 * call's page, where opening the extension's IndexedDB is refused, while `storage.local` works there.
 * `storage.local` holds JSON, so the bytes are base64. Google's bundle (3.6 MB) takes about 4.8 MB
 * that way: inside Chrome's 10 MB `storage.local` quota, but a bundle near MAX_TASK_BYTES needs the
 * `unlimitedStorage` permission.
 *
 * Whatever is read back is checked again as if it were new: storage can be edited by anyone with the
 * browser's developer tools, and a broken model must not stop liveness checks. A record that fails
 * is reported and ignored, and the built-in model is used.
 */

export const CUSTOM_MODEL_KEY = 'hireproof-vision-model';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const CustomModelRecordSchema = z.strictObject({
  /** The file name as chosen, for people to recognise it ("face_landmarker.task"). */
  name: z.string().trim().min(1).max(255),
  sha256: z.string().regex(SHA256_HEX, 'expected 64 lowercase hex digits'),
  size: z.number().int().positive().max(MAX_TASK_BYTES),
  hasBlendshapes: z.boolean(),
  /** When it was loaded, ISO 8601 UTC. */
  loadedAt: z.iso.datetime(),
  base64: z.string().min(1).max(Math.ceil(MAX_TASK_BYTES / 3) * 4),
});
export type CustomModelRecord = z.infer<typeof CustomModelRecordSchema>;
/** The record without its bytes: what pages show. */
export type CustomModelInfo = Omit<CustomModelRecord, 'base64'>;

export type StoredModel =
  | { state: 'none' }
  | { state: 'ready'; model: CustomModelInfo; bytes: Uint8Array<ArrayBuffer> }
  /** Something is stored but cannot be used; the built-in model applies. */
  | { state: 'corrupt'; problems: string[] };

export async function readCustomModel(): Promise<StoredModel> {
  const raw: unknown = (await browser.storage.local.get(CUSTOM_MODEL_KEY))[CUSTOM_MODEL_KEY];
  return raw === undefined ? { state: 'none' } : checkRecord(raw);
}

/**
 * Validates `bytes` and stores them as the model to use, replacing any other. Rejects with every
 * problem when the bundle is not valid, and with the browser's reason when it cannot be stored
 * (a full quota): nothing is stored then, and the previous model stays.
 */
export async function saveCustomModel(model: { name: string; bytes: Uint8Array; loadedAt: Date }): Promise<CustomModelInfo> {
  const checked = await validateLandmarkerTask(model.bytes, model.name);
  if (!checked.ok) throw new Error(`${model.name} was not stored: ${checked.problems.join(' ')}`);
  const { sha256, size, hasBlendshapes } = checked.info;
  const record = CustomModelRecordSchema.parse({
    name: model.name, sha256, size, hasBlendshapes, loadedAt: model.loadedAt.toISOString(), base64: bytesToBase64(model.bytes),
  });
  try {
    await browser.storage.local.set({ [CUSTOM_MODEL_KEY]: record });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Chrome's message names its QUOTA_BYTES; say what would lift it.
    const hint = /quota/i.test(reason) ? ' It is too large for this browser\'s extension storage without the unlimitedStorage permission.' : '';
    throw new Error(`The browser did not store the model: ${reason.replace(/\.$/, '')}.${hint}`);
  }
  return infoOf(record);
}

export async function removeCustomModel(): Promise<void> {
  await browser.storage.local.remove(CUSTOM_MODEL_KEY);
}

/** Calls back when the stored model is replaced or removed, here or in another extension page. */
export function onCustomModelChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CUSTOM_MODEL_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function checkRecord(raw: unknown): Promise<StoredModel> {
  const parsed = CustomModelRecordSchema.safeParse(raw);
  if (!parsed.success) {
    // Paths and messages only: a zod message never repeats the (megabytes of) value.
    return corrupt(...parsed.error.issues.map((i) => `the stored record is malformed at ${i.path.length > 0 ? i.path.join('.') : 'its top level'}: ${i.message}.`));
  }
  const record = parsed.data;
  const bytes = base64ToBytes(record.base64);
  if (!bytes) return corrupt('the stored bytes are not valid base64.');
  if (bytes.length !== record.size) return corrupt(`the stored bytes are ${bytes.length} long, but the record says ${record.size}.`);
  const checked = await validateLandmarkerTask(bytes, record.name);
  if (!checked.ok) return corrupt(...checked.problems);
  if (checked.info.sha256 !== record.sha256) {
    return corrupt(`its SHA-256 is ${checked.info.sha256.slice(0, 12)}…, but it was ${record.sha256.slice(0, 12)}… when it was loaded: it was changed since.`);
  }
  if (checked.info.hasBlendshapes !== record.hasBlendshapes) return corrupt('the record says the opposite of the bundle about blendshapes.');
  return { state: 'ready', model: infoOf(record), bytes };
}

const corrupt = (...problems: string[]): StoredModel => ({ state: 'corrupt', problems: problems.map((p) => `The stored face model cannot be used: ${p}`) });

function infoOf(record: CustomModelRecord): CustomModelInfo {
  const { base64: _bytes, ...info } = record;
  return info;
}
