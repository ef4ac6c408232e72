import { describe, expect, it } from 'vitest';
import { addFrame, emptyRecord, forgetFace, MAX_WINDOW_FRAMES, SUMMARY_EVERY_MS, WINDOW_MS, type ParticipantRecord } from '../../../lib/meeting/participant-record';
import type { LandmarkFrame } from '../../../lib/vision/landmarks/landmark-frame';
import { recording } from '../vision/cues/recordings';

const d9 = recording('d9');
const withFace = d9.frames[0] as LandmarkFrame;
const noFace: LandmarkFrame = { t: 0, faces: [] };
/** Wall clock of the test call's first frame. */
const EPOCH = 1_790_000_000_000;

/** Adds frames at `stepMs` from `startMs`, alternating as `pattern` says (true: the d9 face). */
function feed(count: number, options: { startMs?: number; stepMs?: number; pattern?: boolean[]; size?: { width: number; height: number } } = {}, from = emptyRecord()): ParticipantRecord {
  const { startMs = 0, stepMs = 100, pattern = [true], size = d9.size } = options;
  let r = from;
  for (let i = 0; i < count; i++) {
    const t = startMs + i * stepMs;
    r = addFrame(r, { pageMs: t, frame: { ...(pattern[i % pattern.length] ? withFace : noFace), t } }, size, EPOCH + t);
  }
  return r;
}

describe('addFrame', () => {
  const cases: Array<[string, () => ParticipantRecord, Partial<ParticipantRecord> & { windowLength: number }]> = [
    ['counts frames and faces', () => feed(10, { pattern: [true, false] }), { analysed: 10, withFace: 5, windowLength: 10, faceInLastFrame: false, lastFaceMs: 800 }],
    ['keeps only the last minute', () => feed(700), { analysed: 700, windowLength: WINDOW_MS / 100 + 1 }],
    ['never more than the frame ceiling, whatever the rate', () => feed(MAX_WINDOW_FRAMES + 100, { stepMs: 10 }), { windowLength: MAX_WINDOW_FRAMES }],
    ['a new frame size starts a new window but keeps the counts', () => feed(3, { startMs: 1000, size: { width: 256, height: 240 } }, feed(10)), { analysed: 13, windowLength: 3 }],
  ];
  it.each(cases)('%s', (_name, build, expected) => {
    const { windowLength, ...rest } = expected;
    const r = build();
    expect(r.window).toHaveLength(windowLength);
    expect(r).toMatchObject(rest);
  });

  it(`refreshes the cue summary at most every ${SUMMARY_EVERY_MS} ms`, () => {
    const times = new Set<number | undefined>();
    let r = emptyRecord();
    for (let i = 0; i < 35; i++) {
      r = addFrame(r, { pageMs: i * 100, frame: { ...withFace, t: i * 100 } }, d9.size, EPOCH + i * 100);
      times.add(r.summaryAtMs);
    }
    expect([...times]).toEqual([0, 1000, 2000, 3000]);
  });
});

describe('forgetFace', () => {
  it('keeps only how many frames reached the panel and what they cost the page', () => {
    const r = { ...feed(20), received: 22, droppedOnPage: 3, pageCostMs: 44 };
    expect(forgetFace(r)).toEqual({ ...emptyRecord(), received: 22, pageCostMs: 44 });
  });
});

describe('call totals', () => {
  it('spans the call in wall-clock time and keeps the longest absence, even after the window moved on', () => {
    // 2 s of face, 3 s without, then 65 s of face: the absence has left the one-minute window.
    const pattern = [...Array<boolean>(20).fill(true), ...Array<boolean>(30).fill(false), ...Array<boolean>(650).fill(true)];
    const r = feed(pattern.length, { pattern });
    expect(r.window.every((f) => f.frame.faces.length > 0)).toBe(true);
    expect(r.totals).toMatchObject({ startedAt: EPOCH, endedAt: EPOCH + 69_900, longestAbsenceMs: 3_000, absentSinceMs: undefined });
  });

  const replays: Array<['d9' | 'still' | 'loop' | 'two-faces', { frozenOrLooping: string; multipleFaces: boolean }]> = [
    ['d9', { frozenOrLooping: 'none', multipleFaces: false }],
    ['still', { frozenOrLooping: 'frozen', multipleFaces: false }],
    ['loop', { frozenOrLooping: 'looping', multipleFaces: false }],
    ['two-faces', { frozenOrLooping: 'none', multipleFaces: true }],
  ];
  it.each(replays)('%s: what the cues saw at any time stays in the totals', (name, expected) => {
    const rec = recording(name);
    let r = emptyRecord();
    rec.frames.forEach((frame, i) => {
      if (i % 3 === 0) r = addFrame(r, { pageMs: frame.t, frame: frame as LandmarkFrame }, rec.size, EPOCH + frame.t);
    });
    expect(r.totals).toMatchObject(expected);
  });
});
