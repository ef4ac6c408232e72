import { describe, expect, it } from 'vitest';
import { cropRegion, type CanvasCrop, type ViewportBox } from '../../../../lib/vision/sampler/crop-region';

const box = (left: number, top: number, width: number, height: number): ViewportBox => ({ left, top, width, height });

describe('cropRegion', () => {
  const cases: Array<[string, ViewportBox, { width: number; height: number }, ViewportBox, CanvasCrop | undefined]> = [
    ['placeholder inside a 1:1 canvas', box(0, 0, 1280, 720), { width: 1280, height: 720 }, box(640, 0, 640, 360), { sx: 640, sy: 0, sw: 640, sh: 360 }],
    ['canvas offset on the page', box(100, 50, 1280, 720), { width: 1280, height: 720 }, box(740, 50, 640, 360), { sx: 640, sy: 0, sw: 640, sh: 360 }],
    ['device pixel ratio 2: backing store twice the CSS size', box(0, 0, 640, 360), { width: 1280, height: 720 }, box(320, 180, 320, 180), { sx: 640, sy: 360, sw: 640, sh: 360 }],
    ['fractional CSS boxes widen to whole pixels', box(0, 0, 100, 100), { width: 100, height: 100 }, box(10.4, 20.6, 30.2, 10), { sx: 10, sy: 20, sw: 31, sh: 11 }],
    ['partly off the canvas is clipped', box(0, 0, 1280, 720), { width: 1280, height: 720 }, box(1200, 600, 200, 200), { sx: 1200, sy: 600, sw: 80, sh: 120 }],
    ['entirely off the canvas', box(0, 0, 1280, 720), { width: 1280, height: 720 }, box(1400, 0, 200, 200), undefined],
    ['placeholder with no size (hidden tile)', box(0, 0, 1280, 720), { width: 1280, height: 720 }, box(10, 10, 0, 0), undefined],
    ['canvas not laid out', box(0, 0, 0, 0), { width: 1280, height: 720 }, box(0, 0, 100, 100), undefined],
    ['canvas without a backing store', box(0, 0, 1280, 720), { width: 0, height: 0 }, box(0, 0, 100, 100), undefined],
  ];
  it.each(cases)('%s', (_name, canvasBox, canvasSize, placeholder, expected) => {
    expect(cropRegion(canvasBox, canvasSize, placeholder)).toEqual(expected);
  });
});
