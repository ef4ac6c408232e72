import { TFLITE_IDENTIFIER } from './tflite-schema';
import { fileIdentifier, summarizeTflite, type TfliteSummary } from './tflite-summary';

/** What the FaceLandmarker graph needs of one model beyond being a TFLite model. */
export interface ModelExpectation {
  /** Number of values (product of the shape) of the first subgraph's first output. */
  firstOutputValues?: number;
  /** Number of values of the first subgraph's first input. */
  firstInputValues?: number;
  /** Why, in words, for the message when a count differs. */
  why?: string;
}

/** TFLite's schema version; MediaPipe refuses any other ("Invalid model version"). */
const TFLITE_SCHEMA_VERSION = 3;

/**
 * Problems with one model member of a `.task` bundle, in words; none when it is a TFLite model
 * MediaPipe can load with the tensor sizes the landmark graph feeds and reads. A wrong size does not
 * stop MediaPipe from starting: it fails on the first frame with a face, so it is checked here.
 */
export function checkTaskModel(name: string, bytes: Uint8Array, expect: ModelExpectation): string[] {
  if (bytes.length < 8 || fileIdentifier(bytes) !== TFLITE_IDENTIFIER) {
    return [`${name} is not a TFLite model (it lacks the "${TFLITE_IDENTIFIER}" file identifier).`];
  }
  let summary: TfliteSummary;
  try {
    summary = summarizeTflite(bytes);
  } catch (error) {
    // The bytes are the administrator's file, not ours: any failure to read them means they are damaged.
    return [`${name} is a damaged TFLite model: ${error instanceof Error ? error.message : String(error)}.`];
  }
  if (summary.version !== TFLITE_SCHEMA_VERSION) {
    return [`${name} is TFLite schema version ${summary.version}; MediaPipe reads version ${TFLITE_SCHEMA_VERSION} only.`];
  }
  const graph = summary.subgraphs[0];
  const input = graph?.inputs[0];
  const output = graph?.outputs[0];
  if (!input || !output) return [`${name} has no model graph with an input and an output.`];

  const problems: string[] = [];
  const check = (what: string, shape: number[], expected: number | undefined) => {
    if (expected !== undefined && values(shape) !== expected) {
      problems.push(`${name}: its ${what} has shape [${shape.join(', ')}] (${values(shape)} values), but ${expect.why ?? 'FaceLandmarker expects another size'} = ${expected}.`);
    }
  };
  check('first input', input.shape, expect.firstInputValues);
  check('first output', output.shape, expect.firstOutputValues);
  return problems;
}

const values = (shape: readonly number[]) => (shape.length === 0 ? 0 : shape.reduce((product, n) => product * n, 1));
