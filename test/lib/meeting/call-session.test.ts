// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMessage, PanelMessage } from '../../../lib/meeting/bridge-protocol';
import { CALL_END_GRACE_MS, startCallSession, type CallSession } from '../../../lib/meeting/call-session';
import jitsi from '../../../lib/sites/meetings/jitsi';
import { MEETING_DEBOUNCE_MS } from '../../../lib/sites/meetings/watch-meeting';
import type { FrameSamplerOptions } from '../../../lib/vision/sampler/frame-sampler';

/** The saved Jitsi call (one guest, Ana, and the recruiter's own tile), with the session's page side wired to stand-ins. */
const FIXTURE = readFileSync(resolve('test/fixtures/meetings/jitsi/one-to-one/page.html'), 'utf8') // vitest runs from the root;
const body = FIXTURE.slice(FIXTURE.indexOf('<body>') + 6, FIXTURE.indexOf('</body>'));

let session: CallSession;
let posted: PageMessage[];
let toPage: (message: PanelMessage) => void;
let mounts: number;
let removed: number;
let collapsed: boolean[];
let sampled: Element[];
let ended: number;

function start(hints?: { selfNames: string[] }) {
  session = startCallSession({
    ...(hints ? { hints } : {}),
    document,
    adapter: jitsi,
    mountPanel: (onMessage) => {
      mounts++;
      toPage = onMessage;
      return {
        post: (message) => (posted.push(message), true),
        setCollapsed: (c) => void collapsed.push(c),
        remove: () => void removed++,
      };
    },
    onEnded: () => void ended++,
    samplers: {
      start: (options: FrameSamplerOptions) => {
        const source = options.source;
        sampled.push(source.kind === 'video' ? source.element : source.placeholder);
        return { stop: () => options.onStop?.('stopped'), stats: () => ({ sent: 0, dropped: 0, failed: 0, mainThreadMs: 0 }) };
      },
    },
    now: () => 4242,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = body;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  posted = [];
  mounts = 0;
  removed = 0;
  collapsed = [];
  sampled = [];
  ended = 0;
  start();
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

const fixtureIds = () => sampled.map((el) => el.getAttribute('data-fixture-id'));

describe('startCallSession', () => {
  it('mounts the panel once there are participants and sends them without elements', () => {
    expect(mounts).toBe(1);
    const update = posted.find((m) => m.type === 'participants');
    expect(update?.type === 'participants' && update.snapshot.participants.map((p) => [p.key, p.self])).toEqual([['local', true], ['3f9a2c1d', false]]);
    expect(JSON.stringify(update)).not.toContain('video":{');
  });

  const flows: Array<[string, PanelMessage[], string[]]> = [
    ['nothing is sampled before consent, even when the panel asks', [{ type: 'sampling', key: '3f9a2c1d', on: true }], []],
    ['consent alone samples nobody: the panel must ask', [{ type: 'consent', given: true }], []],
    ['consent and the panel asking: the guest is sampled', [{ type: 'consent', given: true }, { type: 'sampling', key: '3f9a2c1d', on: true }], ['ana-camera']],
    ['the self-view is never sampled, whatever the panel asks', [{ type: 'consent', given: true }, { type: 'sampling', key: 'local', on: true }], []],
    ['a skipped guest is not sampled', [{ type: 'consent', given: true }, { type: 'skip-liveness', key: '3f9a2c1d', skip: true }, { type: 'sampling', key: '3f9a2c1d', on: true }], []],
  ];
  it.each(flows)('%s', (_name, messages, expected) => {
    for (const message of messages) toPage(message);
    expect(fixtureIds()).toEqual(expected);
    expect(session.sampling()).toEqual(expected.length > 0 ? ['3f9a2c1d'] : []);
  });

  const stops: Array<[string, PanelMessage]> = [
    ['consent withdrawn', { type: 'consent', given: false }],
    ['skip turned on', { type: 'skip-liveness', key: '3f9a2c1d', skip: true }],
    ['the panel stops asking', { type: 'sampling', key: '3f9a2c1d', on: false }],
  ];
  it.each(stops)('sampling stops when %s', (_name, message) => {
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    expect(session.sampling()).toEqual(['3f9a2c1d']);
    toPage(message);
    expect(session.sampling()).toEqual([]);
  });

  it('stamps challenge markers on the frames\' clock, only for someone being checked', () => {
    toPage({ type: 'challenge', key: '3f9a2c1d', challenge: 'turn-head', phase: 'start' });
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    toPage({ type: 'challenge', key: 'local', challenge: 'turn-head', phase: 'start' });
    toPage({ type: 'challenge', key: '3f9a2c1d', challenge: 'turn-head', phase: 'start' });
    expect(posted.filter((m) => m.type === 'challenge-marker')).toEqual([
      { type: 'challenge-marker', key: '3f9a2c1d', challenge: 'turn-head', phase: 'start', timestampMs: 4242 },
    ]);
  });

  it('passes the panel\'s size request to the frame', () => {
    toPage({ type: 'layout', collapsed: true });
    expect(collapsed).toEqual([true]);
  });

  it('a guest whose tile goes away stops being sampled; the call ends when nobody is left for the grace period', async () => {
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    document.getElementById('participant_3f9a2c1d')?.closest('.thumbnail-wrapper')?.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.sampling()).toEqual([]);
    expect(ended).toBe(0);
    document.getElementById('localVideoContainer')?.remove();
    await vi.advanceTimersByTimeAsync(MEETING_DEBOUNCE_MS + CALL_END_GRACE_MS - 1);
    expect(ended).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(ended).toBe(1);
  });

  it('a grid that empties for a moment is not the end of the call', async () => {
    const grid = document.getElementById('remoteVideos');
    const saved = grid?.innerHTML ?? '';
    if (grid) grid.innerHTML = '';
    await vi.advanceTimersByTimeAsync(1000);
    if (grid) grid.innerHTML = saved;
    await vi.advanceTimersByTimeAsync(CALL_END_GRACE_MS + 1000);
    expect(ended).toBe(0);
  });

  it('stop() stops sampling and removes the panel; later panel messages do nothing', () => {
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    session.stop();
    expect([session.sampling(), removed]).toEqual([[], 1]);
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    expect(session.sampling()).toEqual([]);
  });

  it('samples nothing while the tab is hidden, and starts again when it shows', () => {
    let hidden = true;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    expect(session.sampling()).toEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(session.sampling()).toEqual(['3f9a2c1d']);
  });

  it("the recruiter's names from settings mark a tile as their own, never sampled", () => {
    session.stop();
    posted = [];
    // As on Zoom: no tile is marked as the self-view, so only the name can say it (read-tiles.ts).
    document.getElementById('localVideoContainer')?.remove();
    start({ selfNames: ['ANA LOPEZ'] });
    const update = posted.find((m) => m.type === 'participants');
    expect(update?.type === 'participants' && update.snapshot.participants.find((p) => p.key === '3f9a2c1d')?.self).toBe(true);
    toPage({ type: 'consent', given: true });
    toPage({ type: 'sampling', key: '3f9a2c1d', on: true });
    expect(fixtureIds()).toEqual([]);
  });
});
