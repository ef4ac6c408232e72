import { describe, expect, it } from 'vitest';
import { modelLine } from '../../../lib/meeting/model-line';
import type { RunningModel } from '../../../lib/meeting/start-panel-landmarker';

describe('modelLine', () => {
  it.each<[RunningModel, string]>([
    [{ source: 'custom', name: 'face_landmarker.task', sha256: 'a'.repeat(64), blendshapes: true }, 'Model: face_landmarker.task (loaded by your organisation)'],
    [{ source: 'built-in' }, 'Model: built-in'],
    [{ source: 'built-in', ignored: 'The stored face model cannot be used: it was changed since.' }, 'Model: built-in. The stored face model cannot be used: it was changed since.'],
  ])('%j', (model, expected) => {
    expect(modelLine(model)).toBe(expected);
  });
});
