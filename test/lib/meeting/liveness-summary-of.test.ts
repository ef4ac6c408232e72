import { describe, expect, it } from 'vitest';
import { livenessSummaryOf } from '../../../lib/meeting/liveness-summary-of';
import { addFrame, emptyRecord, type ParticipantRecord } from '../../../lib/meeting/participant-record';
import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { ParticipantInfo } from '../../../lib/sites/meetings/define-meeting-adapter';
import type { LandmarkFrame } from '../../../lib/vision/landmarks/landmark-frame';
import { recording, type RecordingName } from '../vision/cues/recordings';

const EPOCH = 1_790_000_000_000;
const ana: ParticipantInfo = { key: 'ana', name: 'Ana Lopez', self: false, screenShare: false, cameraOn: true, media: 'video' };
const context = { meetingSource: 'jitsi', consentAt: EPOCH - 5_000, skipped: false };

/** A recording at 10 fps through the panel's record. */
function recorded(name: RecordingName): ParticipantRecord {
  const rec = recording(name);
  let r = emptyRecord();
  rec.frames.forEach((frame, i) => {
    if (i % 3 === 0) r = addFrame(r, { pageMs: frame.t, frame: frame as LandmarkFrame }, rec.size, EPOCH + frame.t);
  });
  return r;
}

describe('livenessSummaryOf', () => {
  it('says nothing while nothing was analysed', () => {
    expect(livenessSummaryOf(ana, emptyRecord(), context)).toBeUndefined();
  });

  it('a skipped person: the accommodation and nothing else', () => {
    expect(livenessSummaryOf(ana, recorded('d9'), { ...context, skipped: true })).toEqual({
      meetingSource: 'jitsi', participantName: 'Ana Lopez', consentConfirmedAt: EPOCH - 5_000, startedAt: EPOCH - 5_000, endedAt: EPOCH - 5_000,
      skipped: 'accommodation', framesAnalysed: 0, challenges: [],
    } satisfies LivenessSummary);
  });

  const cases: Array<[RecordingName, Partial<LivenessSummary>]> = [
    ['d9', { faceFoundShare: 1, longestAbsenceMs: 0, frozenOrLooping: 'none', multipleFaces: false, blinkAssessment: 'too-short-to-judge' }],
    ['still', { frozenOrLooping: 'frozen' }],
    ['loop', { frozenOrLooping: 'looping' }],
    ['two-faces', { multipleFaces: true }],
  ];
  it.each(cases)('%s: derived values only, accepted by the stored schema', (name, expected) => {
    const record = recorded(name);
    const summary = livenessSummaryOf(ana, record, context);
    expect(summary).toMatchObject({ ...expected, framesAnalysed: record.analysed, startedAt: EPOCH, meetingSource: 'jitsi' });
    expect(JSON.stringify(summary)).not.toMatch(/landmarks|frameHash/);
  });

  it('carries the challenge results', () => {
    const record = { ...recorded('d9'), challenges: [{ kind: 'turn-head' as const, startMs: 1, endMs: 2, result: 'inconclusive' as const, reason: 'r'.repeat(900), at: EPOCH + 9 }] };
    expect(livenessSummaryOf(ana, record, context)?.challenges).toEqual([{ kind: 'turn-head', outcome: 'inconclusive', reason: 'r'.repeat(500), at: EPOCH + 9 }]);
  });

  it('an unnamed participant is stored with an empty name', () => {
    const { name: _unused, ...unnamed } = ana;
    expect(livenessSummaryOf(unnamed, recorded('d9'), context)?.participantName).toBe('');
  });
});
