import { describe, expect, it } from 'vitest';
import { workerKind } from '../../../../lib/vision/worker/worker-kind';

describe('workerKind', () => {
  it.each<[string, { importScripts?: () => void }, 'module' | 'classic']>([
    ['importScripts that loads nothing (a classic worker)', { importScripts: () => undefined }, 'classic'],
    ['importScripts that throws a TypeError (a module worker)', { importScripts: () => { throw new TypeError('Module scripts don\'t support importScripts().'); } }, 'module'],
    ['no importScripts at all', {}, 'classic'],
  ])('%s: %s', (_, scope, kind) => {
    expect(workerKind(scope)).toBe(kind);
  });
});
