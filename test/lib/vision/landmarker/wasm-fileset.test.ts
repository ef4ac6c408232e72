import { describe, expect, it } from 'vitest';
import { wasmFileset } from '../../../../lib/vision/landmarker/wasm-fileset';

// Tests lib/vision/landmarker/wasm-fileset.ts (kept with the worker's tests, its only user).

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/vision/wasm';

describe('wasmFileset', () => {
  it.each<[string, 'module' | 'classic', number, string, string]>([
    [EXT, 'module', 1, `${EXT}/vision_wasm_module_internal.js`, `${EXT}/vision_wasm_module_internal.wasm`],
    [EXT, 'module', 2, `${EXT}/vision_wasm_module_internal.js?instance=2`, `${EXT}/vision_wasm_module_internal.wasm`],
    [EXT, 'classic', 1, `${EXT}/vision_wasm_internal.js`, `${EXT}/vision_wasm_internal.wasm`],
    [EXT, 'classic', 3, `${EXT}/vision_wasm_internal.js`, `${EXT}/vision_wasm_internal.wasm`],
    [`${EXT}/`, 'classic', 1, `${EXT}/vision_wasm_internal.js`, `${EXT}/vision_wasm_internal.wasm`],
    ['/vision/wasm', 'module', 1, '/vision/wasm/vision_wasm_module_internal.js', '/vision/wasm/vision_wasm_module_internal.wasm'],
  ])('%s in a %s worker, landmarker %i', (base, kind, instance, loader, binary) => {
    expect(wasmFileset(base, kind, instance)).toEqual({ wasmLoaderPath: loader, wasmBinaryPath: binary });
  });
});
