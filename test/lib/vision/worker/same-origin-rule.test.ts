import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '../../../../lib/vision/worker/same-origin-rule';

const CHROME = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/assets/landmark-worker-1.js';
const FIREFOX = 'moz-extension://6c1a42c5-7b2c-4d0e-9b8a-1f0e2d3c4b5a/assets/landmark-worker-1.js';

describe('isSameOrigin', () => {
  it.each<[string, string, boolean]>([
    ['/vision/face_landmarker.task', CHROME, true],
    ['vision_wasm_internal.wasm', CHROME, true],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/vision/wasm/vision_wasm_internal.js?instance=2', CHROME, true],
    ['blob:chrome-extension://abcdefghijklmnopabcdefghijklmnop/0b7c3d1e-2f4a-4b5c-8d6e-7f8091a2b3c4', CHROME, true],
    ['moz-extension://6c1a42c5-7b2c-4d0e-9b8a-1f0e2d3c4b5a/vision/face_landmarker.task', FIREFOX, true],
    ['https://odml.pa.googleapis.com/v1/log', CHROME, false],
    ['//odml.pa.googleapis.com/v1/log', CHROME, false],
    ['chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/vision/face_landmarker.task', CHROME, false],
    ['blob:https://meet.google.com/0b7c3d1e-2f4a-4b5c-8d6e-7f8091a2b3c4', CHROME, false],
    ['data:application/octet-stream;base64,AAAA', CHROME, false],
    ['http://localhost:8080/model.task', CHROME, false],
    ['http://[invalid', CHROME, false],
    ['/vision/face_landmarker.task', 'http://hireproof.localhost/assets/w.js', true],
    ['http://hireproof.localhost:8080/x', 'http://hireproof.localhost/assets/w.js', false],
    ['https://hireproof.localhost/x', 'http://hireproof.localhost/assets/w.js', false],
  ])('%s from %s: %s', (url, own, allowed) => {
    expect(isSameOrigin(url, own)).toBe(allowed);
  });
});
