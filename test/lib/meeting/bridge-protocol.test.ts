import { afterEach, describe, expect, it, vi } from 'vitest';
import { BridgeHelloSchema, PageMessageSchema, PanelMessageSchema } from '../../../lib/meeting/bridge-protocol';

/** Node has no ImageBitmap; a stand-in class lets the schema's instance check be exercised both ways. */
class FakeImageBitmap {
  width = 256;
  height = 144;
  close() {}
}

afterEach(() => vi.unstubAllGlobals());

const snapshot = {
  participants: [{ key: '3f9a2c1d', name: 'Ana Lopez', self: false, screenShare: false, cameraOn: true, media: 'video' }],
  health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: ['tiles'], found: ['tiles'], problems: [] },
};

describe('PageMessageSchema (content script to panel)', () => {
  const bitmap = () => new FakeImageBitmap();
  const cases: Array<[string, () => unknown, boolean]> = [
    ['participants update', () => ({ type: 'participants', snapshot }), true],
    ['a frame with a transferred ImageBitmap', () => ({ type: 'frame', key: 'ana', timestampMs: 1234.5, bitmap: bitmap(), dropped: 0, pageCostMs: 0 }), true],
    ['a frame whose bitmap is a plain object (what JSON messaging would deliver)', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: {}, dropped: 0, pageCostMs: 0 }), false],
    ['a frame whose bitmap is a lookalike with width and height', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: { width: 1, height: 1, close() {} }, dropped: 0, pageCostMs: 0 }), false],
    ['a frame with a negative dropped count', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: bitmap(), dropped: -1, pageCostMs: 0 }), false],
    ['a frame with a negative page cost', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: bitmap(), dropped: 0, pageCostMs: -1 }), false],
    ['a frame without its page cost', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: bitmap(), dropped: 0 }), false],
    ['a frame with a time that is not finite', () => ({ type: 'frame', key: 'ana', timestampMs: Number.POSITIVE_INFINITY, bitmap: bitmap(), dropped: 0, pageCostMs: 0 }), false],
    ['a frame with an extra field', () => ({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: bitmap(), dropped: 0, pageCostMs: 0, pixels: [1] }), false],
    ['a frame for an empty key', () => ({ type: 'frame', key: '', timestampMs: 1, bitmap: bitmap(), dropped: 0, pageCostMs: 0 }), false],
    ['a frame for a key longer than any adapter writes', () => ({ type: 'frame', key: 'k'.repeat(301), timestampMs: 1, bitmap: bitmap(), dropped: 0, pageCostMs: 0 }), false],
    ['sampling stopped because the tab is hidden', () => ({ type: 'sampling-stopped', key: 'ana', reason: 'hidden' }), true],
    ['sampling stopped for an unknown reason', () => ({ type: 'sampling-stopped', key: 'ana', reason: 'bored' }), false],
    ['challenge start marker', () => ({ type: 'challenge-marker', key: 'ana', challenge: 'turn-head', phase: 'start', timestampMs: 10 }), true],
    ['challenge marker for an unknown challenge', () => ({ type: 'challenge-marker', key: 'ana', challenge: 'dance', phase: 'start', timestampMs: 10 }), false],
    ['participants with a hostile element smuggled in', () => ({ type: 'participants', snapshot: { ...snapshot, participants: [{ ...snapshot.participants[0], video: {} }] } }), true],
    ['a participant without a key', () => ({ type: 'participants', snapshot: { ...snapshot, participants: [{ ...snapshot.participants[0], key: '' }] } }), false],
    ['a message of the panel direction', () => ({ type: 'consent', given: true }), false],
    ['not an object', () => 'frame', false],
  ];
  it.each(cases)('%s', (_name, build, valid) => {
    vi.stubGlobal('ImageBitmap', FakeImageBitmap);
    expect(PageMessageSchema.safeParse(build()).success).toBe(valid);
  });

  it('strips what a participant carries beyond its serialisable part', () => {
    const parsed = PageMessageSchema.parse({ type: 'participants', snapshot: { ...snapshot, participants: [{ ...snapshot.participants[0], video: {} }] } });
    expect(parsed.type === 'participants' && parsed.snapshot.participants[0]).not.toHaveProperty('video');
  });

  it('refuses every frame where ImageBitmap does not exist', () => {
    expect(PageMessageSchema.safeParse({ type: 'frame', key: 'ana', timestampMs: 1, bitmap: new FakeImageBitmap(), dropped: 0, pageCostMs: 0 }).success).toBe(false);
  });
});

describe('PanelMessageSchema (panel to content script)', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['consent given', { type: 'consent', given: true }, true],
    ['consent withdrawn', { type: 'consent', given: false }, true],
    ['consent as a string', { type: 'consent', given: 'yes' }, false],
    ['skip liveness for one participant', { type: 'skip-liveness', key: 'ana', skip: true }, true],
    ['start sampling', { type: 'sampling', key: 'ana', on: true }, true],
    ['sampling without a key', { type: 'sampling', on: true }, false],
    ['backpressure credit', { type: 'ready-for-next', key: 'ana' }, true],
    ['challenge end', { type: 'challenge', key: 'ana', challenge: 'hand-across-face', phase: 'end' }, true],
    ['challenge with an unknown phase', { type: 'challenge', key: 'ana', challenge: 'turn-head', phase: 'middle' }, false],
    ['layout', { type: 'layout', collapsed: true }, true],
    ['a frame (wrong direction)', { type: 'frame', key: 'ana', timestampMs: 1, dropped: 0, pageCostMs: 0 }, false],
    ['unknown type', { type: 'eval', code: 'alert(1)' }, false],
  ];
  it.each(cases)('%s', (_name, message, valid) => expect(PanelMessageSchema.safeParse(message).success).toBe(valid));
});

describe('BridgeHelloSchema', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['hello with a UUID key', { type: 'hireproof:meeting-bridge', key: '0b7e9413-2a1f-4c5e-9a3b-8e2f6d1c0a9b' }, true],
    ['hello without a key', { type: 'hireproof:meeting-bridge' }, false],
    ['hello with a short key', { type: 'hireproof:meeting-bridge', key: 'abc' }, false],
    ['another message type', { type: 'hireproof:panel-layout', key: '0b7e9413-2a1f-4c5e-9a3b-8e2f6d1c0a9b' }, false],
  ];
  it.each(cases)('%s', (_name, message, valid) => expect(BridgeHelloSchema.safeParse(message).success).toBe(valid));
});
