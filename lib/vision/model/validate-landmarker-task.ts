import { BLENDSHAPES_MEMBER } from '../landmarker/model-has-blendshapes';
import { TASK_MEMBER } from './face-landmarker-task';
import { checkTaskModel, type ModelExpectation } from './check-task-model';
import { METHOD_STORED, ZipFormatError } from './zip-format';
import { readZip, type ZipMember } from './zip-read';

/**
 * Checks a FaceLandmarker bundle an administrator chose (Google's `face_landmarker.task`) before it
 * is stored or tried: a zip of TFLite models MediaPipe can use as they are. It catches what can be
 * told from the bytes, with a reason a person can act on; whether MediaPipe then builds a landmarker
 * from the bundle is tried separately (lib/options/try-face-model.ts).
 */

/**
 * Largest bundle accepted. Google's face_landmarker.task is about 3.6 MB and the one built at install
 * 1.5 MB; four times the official size leaves room for a newer release while keeping the stored copy
 * (base64 in `storage.local`, a third larger) and every meeting panel's copy of it reasonable.
 */
export const MAX_TASK_BYTES = 16 * 1024 * 1024;

export interface TaskEntry {
  name: string;
  size: number;
}

export interface LandmarkerTaskInfo {
  /** SHA-256 of the whole file, lowercase hex: what an administrator compares with the published one. */
  sha256: string;
  size: number;
  /** The bundle has face_blendshapes.tflite, so the landmarker is asked for blendshapes. */
  hasBlendshapes: boolean;
  entries: TaskEntry[];
}

export type TaskValidation = { ok: true; info: LandmarkerTaskInfo } | { ok: false; problems: string[] };

/** 478 points × (x, y, z): the landmark graph decodes the first output as exactly this (face-model.md). */
const LANDMARK_VALUES = 478 * 3;
/** 146 of the mesh points × (x, y): what the blendshapes graph feeds its model. */
const BLENDSHAPE_INPUT_VALUES = 146 * 2;

const EXPECTED: Record<string, ModelExpectation> = {
  [TASK_MEMBER.detector]: {},
  [TASK_MEMBER.landmarks]: { firstOutputValues: LANDMARK_VALUES, why: 'FaceLandmarker reads 478 points × 3 coordinates' },
  [BLENDSHAPES_MEMBER]: { firstInputValues: BLENDSHAPE_INPUT_VALUES, why: 'FaceLandmarker feeds it 146 points × 2 coordinates' },
};
const REQUIRED = [TASK_MEMBER.detector, TASK_MEMBER.landmarks];

export async function validateLandmarkerTask(bytes: Uint8Array, fileName: string): Promise<TaskValidation> {
  const sizeProblem = taskSizeProblem(fileName, bytes.length);
  if (sizeProblem) return refuse(sizeProblem);
  let members: ZipMember[];
  try {
    members = readZip(bytes);
  } catch (error) {
    // The file is the administrator's, not ours: anything the reader trips over (a name that is not
    // UTF-8 as well as a broken record) means the archive is damaged.
    if (error instanceof ZipFormatError && /no end-of-central-directory/.test(error.message)) {
      return refuse(`${fileName} is not a MediaPipe .task bundle: it is not a zip archive, or it was cut short.`);
    }
    return refuse(`${fileName} is a damaged zip archive: ${error instanceof Error ? error.message : String(error)}.`);
  }

  const problems: string[] = [];
  const names = members.map((m) => m.name);
  for (const name of REQUIRED) {
    if (!names.includes(name)) {
      problems.push(`It has no ${name}: a FaceLandmarker bundle holds ${REQUIRED.join(' and ')} (found: ${names.length > 0 ? names.join(', ') : 'nothing'}).`);
    }
  }
  for (const member of members) {
    if (member.method !== METHOD_STORED) {
      // Verified with tasks-vision 1.1.0: any compressed member fails with "Expected uncompressed zip archive".
      problems.push(`${member.name} is compressed; MediaPipe reads bundle members in place and refuses compressed ones. Use the file as Google publishes it, or re-create the zip without compression (zip -0).`);
      continue;
    }
    const expectation = EXPECTED[member.name];
    if (expectation) problems.push(...checkTaskModel(member.name, member.data, expectation));
  }
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    info: {
      sha256: await sha256Hex(bytes),
      size: bytes.length,
      hasBlendshapes: names.includes(BLENDSHAPES_MEMBER),
      entries: members.map((m) => ({ name: m.name, size: m.data.length })),
    },
  };
}

const refuse = (problem: string): TaskValidation => ({ ok: false, problems: [problem] });

/** Why a file of `size` bytes cannot be a bundle, if it cannot; the options page asks before reading it. */
export function taskSizeProblem(fileName: string, size: number): string | undefined {
  if (size === 0) return `${fileName} is empty.`;
  if (size > MAX_TASK_BYTES) {
    return `${fileName} is ${megabytes(size)}; a face model bundle may be at most ${megabytes(MAX_TASK_BYTES)} (Google's face_landmarker.task is about 3.6 MB).`;
  }
  return undefined;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy: digest wants bytes on a plain ArrayBuffer, and the caller's may be a view of a shared one.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
