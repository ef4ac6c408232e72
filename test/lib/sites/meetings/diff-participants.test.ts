import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diffParticipants, ParticipantEventSchema, type DiffInput, type ParticipantEvent } from '../../../../lib/sites/meetings/diff-participants';

const document = new Window().document;
// happy-dom's elements are not lib.dom's types; the diff only compares their identity.
const element = (tag: string) => document.createElement(tag) as unknown as HTMLVideoElement;
const anaVideo = element('video');
const anaVideoAfterLayoutChange = element('video');
const canvas = element('canvas') as unknown as HTMLCanvasElement;
const placeholder = element('video-player');
const otherPlaceholder = element('video-player');

function p(key: string, overrides: Partial<DiffInput> = {}): DiffInput {
  return { key, name: key.toUpperCase(), self: false, screenShare: false, cameraOn: true, ...overrides };
}

const ana = p('ana', { video: anaVideo });
const self = p('me', { self: true });

const cases: Array<[string, DiffInput[], DiffInput[], ParticipantEvent[]]> = [
  ['nothing changed', [ana, self], [ana, self], []],
  ['the first reading lists everyone as joined', [], [self, ana], [
    { type: 'joined', key: 'me', name: 'ME', self: true },
    { type: 'joined', key: 'ana', name: 'ANA', self: false },
  ]],
  ['a guest joins', [self], [self, ana], [{ type: 'joined', key: 'ana', name: 'ANA', self: false }]],
  ['a guest leaves', [self, ana], [self], [{ type: 'left', key: 'ana', name: 'ANA', self: false }]],
  ['an unnamed guest joins without a name', [], [p('tile-0', { name: undefined })], [{ type: 'joined', key: 'tile-0', self: false }]],
  ['left comes before joined, then changes', [ana, p('ben')], [p('ana', { video: anaVideo, cameraOn: false }), p('chidi')], [
    { type: 'left', key: 'ben', name: 'BEN', self: false },
    { type: 'joined', key: 'chidi', name: 'CHIDI', self: false },
    { type: 'camera-off', key: 'ana' },
  ]],
  ['camera off', [ana], [p('ana', { cameraOn: false })], [{ type: 'camera-off', key: 'ana' }]],
  ['camera on', [p('ana', { cameraOn: false })], [ana], [{ type: 'camera-on', key: 'ana' }]],
  ['a rename', [ana], [p('ana', { video: anaVideo, name: 'Ana L.' })], [{ type: 'renamed', key: 'ana', from: 'ANA', to: 'Ana L.' }]],
  ['a name that disappears', [ana], [p('ana', { video: anaVideo, name: undefined })], [{ type: 'renamed', key: 'ana', from: 'ANA' }]],
  ['a share tile starts', [ana], [ana, p('ana-v1', { screenShare: true })], [{ type: 'screen-share-started', key: 'ana-v1' }]],
  ['a share tile stops', [ana, p('ana-v1', { screenShare: true })], [ana], [{ type: 'screen-share-stopped', key: 'ana-v1' }]],
  ['a camera tile turns into a share (single-stream clients)', [ana], [p('ana', { video: anaVideo, screenShare: true })], [
    { type: 'screen-share-started', key: 'ana' },
  ]],
  ['a share tile turns back into the camera', [p('ana', { video: anaVideo, screenShare: true })], [ana], [
    { type: 'screen-share-stopped', key: 'ana' },
  ]],
  ['a layout change moves the camera to a new element', [ana], [p('ana', { video: anaVideoAfterLayoutChange })], [
    { type: 'video-replaced', key: 'ana' },
  ]],
  ['a canvas tile moves to a new placeholder', [p('ana', { region: { canvas, placeholder } })], [p('ana', { region: { canvas, placeholder: otherPlaceholder } })], [
    { type: 'video-replaced', key: 'ana' },
  ]],
  ['losing the element is a camera change, not a replacement', [ana], [p('ana')], []],
  ['reordered tiles are no change', [self, ana, p('ben')], [p('ben'), ana, self], []],
  ['several changes on one participant, in a fixed order', [ana], [p('ana', { name: 'Ana L.', cameraOn: false, screenShare: true, video: anaVideoAfterLayoutChange })], [
    { type: 'renamed', key: 'ana', from: 'ANA', to: 'Ana L.' },
    { type: 'screen-share-started', key: 'ana' },
    { type: 'camera-off', key: 'ana' },
    { type: 'video-replaced', key: 'ana' },
  ]],
];

describe('diffParticipants', () => {
  it.each(cases)('%s', (_name, previous, next, events) => {
    expect(diffParticipants(previous, next)).toEqual(events);
    for (const event of events) expect(ParticipantEventSchema.safeParse(event).success).toBe(true);
  });

  it('does not change its inputs (frozen inputs would throw on a write)', () => {
    const before = Object.freeze([Object.freeze({ ...ana }), Object.freeze({ ...self })]);
    const after = Object.freeze([Object.freeze(p('ana', { cameraOn: false, name: 'Ana L.' }))]);
    expect(diffParticipants(before, after)).toHaveLength(3);
  });

  const invalid: Array<[string, unknown]> = [
    ['an unknown type', { type: 'exploded', key: 'ana' }],
    ['an empty key', { type: 'camera-on', key: '' }],
    ['an overlong name', { type: 'joined', key: 'ana', name: 'x'.repeat(201), self: false }],
    ['a join without the self flag', { type: 'joined', key: 'ana' }],
  ];
  it.each(invalid)('the event schema refuses %s', (_name, event) => {
    expect(ParticipantEventSchema.safeParse(event).success).toBe(false);
  });
});
