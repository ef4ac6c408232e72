import { describe, expect, it } from 'vitest';
import { DEFAULT_LONG_SIDE_PX, downscaledSize } from '../../../../lib/vision/sampler/frame-size';

describe('downscaledSize', () => {
  const cases: Array<[string, { width: number; height: number }, number | undefined, { width: number; height: number } | undefined]> = [
    ['16:9 HD tile to the default long side', { width: 1280, height: 720 }, undefined, { width: DEFAULT_LONG_SIDE_PX, height: 144 }],
    ['portrait phone camera', { width: 720, height: 1280 }, 256, { width: 144, height: 256 }],
    ['square', { width: 512, height: 512 }, 256, { width: 256, height: 256 }],
    ['odd sizes round to whole pixels', { width: 641, height: 481 }, 256, { width: 256, height: 192 }],
    ['a small tile is never scaled up', { width: 200, height: 120 }, 256, { width: 200, height: 120 }],
    ['a sliver keeps at least one pixel', { width: 4000, height: 1 }, 256, { width: 256, height: 1 }],
    ['no picture yet (0 x 0)', { width: 0, height: 0 }, 256, undefined],
    ['NaN size', { width: Number.NaN, height: 720 }, 256, undefined],
    ['infinite size', { width: Number.POSITIVE_INFINITY, height: 720 }, 256, undefined],
    ['a long side below one pixel', { width: 640, height: 480 }, 0, undefined],
  ];
  it.each(cases)('%s', (_name, source, longSide, expected) => {
    expect(downscaledSize(source, longSide)).toEqual(expected);
  });
});
