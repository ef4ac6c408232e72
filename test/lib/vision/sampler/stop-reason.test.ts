import { describe, expect, it } from 'vitest';
import { MAX_CAPTURE_FAILURES, stopReason, type SourceState, type StopReason } from '../../../../lib/vision/sampler/stop-reason';

const running: SourceState = { stopped: false, hidden: false, connected: true, ended: false, failures: 0 };

describe('stopReason', () => {
  const cases: Array<[string, Partial<SourceState>, StopReason | undefined]> = [
    ['visible, connected, playing', {}, undefined],
    ['a few failed captures are tolerated', { failures: MAX_CAPTURE_FAILURES - 1 }, undefined],
    ['stop() was called', { stopped: true }, 'stopped'],
    ['tab hidden', { hidden: true }, 'hidden'],
    ['element removed', { connected: false }, 'removed'],
    ['video ended', { ended: true }, 'ended'],
    ['captures keep failing', { failures: MAX_CAPTURE_FAILURES }, 'unreadable'],
    ['stop() wins over everything', { stopped: true, hidden: true, connected: false, ended: true }, 'stopped'],
    ['removed while hidden reads as removed (it will not come back)', { hidden: true, connected: false }, 'removed'],
    ['ended while hidden reads as ended', { hidden: true, ended: true }, 'ended'],
  ];
  it.each(cases)('%s', (_name, change, expected) => expect(stopReason({ ...running, ...change })).toBe(expected));
});
