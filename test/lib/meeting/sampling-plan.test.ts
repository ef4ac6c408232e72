import { describe, expect, it } from 'vitest';
import { notCheckedReason, samplingTargets, type NotCheckedReason, type SamplingState } from '../../../lib/meeting/sampling-plan';
import type { Participant } from '../../../lib/sites/meetings/define-meeting-adapter';

/** Elements are only compared by presence here, so a stand-in object serves as the video. */
const video = {} as HTMLVideoElement;
const region = { canvas: {} as HTMLCanvasElement, placeholder: {} as Element };
const person = (key: string, change: Partial<Participant> = {}): Participant => ({
  key, name: key, self: false, screenShare: false, cameraOn: true, media: 'video', video, ...change,
});

const ana = person('ana');
const self = person('me', { self: true });
const share = person('ana/presentation', { screenShare: true });
const cameraOff = person('ben', { cameraOn: false, media: 'none', video: undefined });
const zoomTile = person('name:Chen', { media: 'canvas-region', video: undefined, region });
const everyone = [self, ana, share, cameraOff, zoomTile];
const all = new Set(everyone.map((p) => p.key));

describe('samplingTargets', () => {
  const cases: Array<[string, SamplingState, string[]]> = [
    ['nothing before consent, even when everything was asked for', { consent: false, skipped: new Set(), requested: all }, []],
    ['nothing the panel did not ask for', { consent: true, skipped: new Set(), requested: new Set() }, []],
    ['with consent and requests: other people with a camera, video or canvas region', { consent: true, skipped: new Set(), requested: all }, ['ana', 'name:Chen']],
    ['never the self-view, a screen share or a camera that is off, even when asked', { consent: true, skipped: new Set(), requested: new Set(['me', 'ana/presentation', 'ben']) }, []],
    ['a skipped person is not sampled', { consent: true, skipped: new Set(['ana']), requested: all }, ['name:Chen']],
    ['only what was asked', { consent: true, skipped: new Set(), requested: new Set(['name:Chen']) }, ['name:Chen']],
  ];
  it.each(cases)('%s', (_name, state, expected) => expect(samplingTargets(everyone, state).map((p) => p.key)).toEqual(expected));
});

describe('notCheckedReason', () => {
  const cases: Array<[string, Participant, NotCheckedReason | undefined]> = [
    ['another person with a camera', ana, undefined],
    ['a Zoom canvas tile', zoomTile, undefined],
    ['own tile', self, 'self'],
    ['own tile with the camera off', person('me', { self: true, cameraOn: false, media: 'none' }), 'self'],
    ['screen share', share, 'screen-share'],
    ['camera off', cameraOff, 'camera-off'],
    ['camera on but nothing to sample (the layout hides the element)', person('x', { media: 'none', video: undefined }), 'camera-off'],
  ];
  it.each(cases)('%s', (_name, participant, expected) => expect(notCheckedReason(participant)).toBe(expected));
});
