import { describe, expect, it } from 'vitest';
import { checkTaskModel, type ModelExpectation } from '../../../../lib/vision/model/check-task-model';
import { stubTflite } from './task-variants';
import { tinyTflite } from './tiny-tflite';

// Tests lib/vision/model/check-task-model.ts; whole bundles are in validate-landmarker-task.test.ts.

const NAME = 'm.tflite';
const WHY = { why: 'the graph wants' };

describe('checkTaskModel', () => {
  it.each<[string, Uint8Array, ModelExpectation, string[]]>([
    ['a model with no size expectations', tinyTflite(), {}, []],
    ['a first output of the expected size', tinyTflite(), { firstOutputValues: 6, ...WHY }, []],
    ['a first input of the expected size', stubTflite({ input: [1, 146, 2] }), { firstInputValues: 292, ...WHY }, []],
    ['a first output of another size', tinyTflite(), { firstOutputValues: 1434, ...WHY }, [
      'm.tflite: its first output has shape [1, 1, 1, 6] (6 values), but the graph wants = 1434.',
    ]],
    ['both sizes wrong', stubTflite({ input: [1, 3], output: [] }), { firstInputValues: 292, firstOutputValues: 52, ...WHY }, [
      'm.tflite: its first input has shape [1, 3] (3 values), but the graph wants = 292.',
      'm.tflite: its first output has shape [] (0 values), but the graph wants = 52.',
    ]],
    ['too short to be a flatbuffer', new Uint8Array([1, 2, 3]), {}, ['m.tflite is not a TFLite model (it lacks the "TFL3" file identifier).']],
    ['another flatbuffer', Uint8Array.from([8, 0, 0, 0, 77, 48, 48, 49, 0, 0, 0, 0]), {}, ['m.tflite is not a TFLite model (it lacks the "TFL3" file identifier).']],
    ['schema version 2', stubTflite({ version: 2 }), {}, ['m.tflite is TFLite schema version 2; MediaPipe reads version 3 only.']],
  ])('%s', (_, bytes, expectation, problems) => {
    expect(checkTaskModel(NAME, bytes, expectation)).toEqual(problems);
  });
});
