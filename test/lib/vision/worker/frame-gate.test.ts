import { describe, expect, it } from 'vitest';
import { createFrameGate } from '../../../../lib/vision/worker/frame-gate';

type Step = ['enter' | 'leave', string] | ['countDrop'];

describe('createFrameGate', () => {
  it.each<[string, Step[], boolean[], number]>([
    ['one frame at a time', [['enter', 'a'], ['leave', 'a'], ['enter', 'a']], [true, true], 0],
    ['a second frame while the first is in flight', [['enter', 'a'], ['enter', 'a']], [true, false], 1],
    ['three frames while one is in flight', [['enter', 'a'], ['enter', 'a'], ['enter', 'a'], ['enter', 'a']], [true, false, false, false], 3],
    ['two streams at once', [['enter', 'a'], ['enter', 'b'], ['enter', 'a']], [true, true, false], 1],
    ['leaving a stream frees only that stream', [['enter', 'a'], ['enter', 'b'], ['leave', 'a'], ['enter', 'a'], ['enter', 'b']], [true, true, true, false], 1],
    ['leaving a stream with nothing in flight', [['leave', 'a'], ['enter', 'a']], [true], 0],
    ['drops counted for another reason', [['enter', 'a'], ['countDrop'], ['enter', 'a']], [true, false], 2],
  ])('%s', (_, steps, entered, dropped) => {
    const gate = createFrameGate();
    const results: boolean[] = [];
    for (const [action, stream = ''] of steps) {
      if (action === 'enter') results.push(gate.enter(stream));
      else if (action === 'leave') gate.leave(stream);
      else gate.countDrop();
    }
    expect(results).toEqual(entered);
    expect(gate.dropped()).toBe(dropped);
  });
});
