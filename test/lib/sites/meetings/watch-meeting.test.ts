// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingAdapter } from '../../../../lib/sites/meetings/define-meeting-adapter';
import type { ParticipantEvent } from '../../../../lib/sites/meetings/diff-participants';
import jitsi from '../../../../lib/sites/meetings/jitsi';
import { MEETING_DEBOUNCE_MS, MEETING_MAX_WAIT_MS, watchMeeting, type MeetingUpdate } from '../../../../lib/sites/meetings/watch-meeting';

/** A Jitsi tile in the client's markup (see the jitsi fixtures for the sources). */
function tile(id: string, name: string, camera = true): string {
  const video = camera ? `<video id="remoteVideo_${id}-video-1"></video>` : '';
  return `<span class="videocontainer ${camera ? 'display-video' : 'display-avatar-only'}" id="participant_${id}">${video}<span class="displayname" id="participant_${id}_name">${name}</span></span>`;
}

const LOCAL = '<span class="videocontainer display-video" id="localVideoContainer"><video id="localVideo_container"></video><span class="displayname">Riley Chen (me)</span></span>';

let updates: MeetingUpdate[];
let reads: number;
let stop: () => void;
const strip = () => document.getElementById('strip') as HTMLElement;
/** Lets the mutation observer deliver its records, then runs the timers it scheduled. */
async function settle(ms = MEETING_DEBOUNCE_MS): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}
const events = (): ParticipantEvent[] => updates.flatMap((u) => u.events);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `<div id="remoteVideos"><div id="strip">${LOCAL}${tile('ana', 'Ana Lopez')}</div></div>`;
  updates = [];
  reads = 0;
  // Counting readings goes through the adapter the watcher is given, not through its internals.
  const counted: MeetingAdapter = { ...jitsi, readParticipants: (doc, hints) => (reads++, jitsi.readParticipants(doc, hints)) };
  stop = watchMeeting(document, counted, (update) => updates.push(update));
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('watchMeeting', () => {
  it('reads at once and lists everyone as joined', () => {
    expect(updates).toHaveLength(1);
    expect(updates[0]?.participants.map((p) => p.key)).toEqual(['local', 'ana']);
    expect(updates[0]?.events.map((e) => e.type)).toEqual(['joined', 'joined']);
  });

  const changes: Array<[string, () => void, ParticipantEvent[]]> = [
    ['a guest joins', () => strip().insertAdjacentHTML('beforeend', tile('ben', 'Ben Okafor')), [
      { type: 'joined', key: 'ben', name: 'Ben Okafor', self: false },
    ]],
    ['a guest leaves', () => document.getElementById('participant_ana')?.remove(), [
      { type: 'left', key: 'ana', name: 'Ana Lopez', self: false },
    ]],
    ['a camera goes off (class change)', () => document.getElementById('participant_ana')?.classList.replace('display-video', 'display-avatar-only'), [
      { type: 'camera-off', key: 'ana' },
    ]],
    ['a rename (text change)', () => {
      const name = document.getElementById('participant_ana_name')?.firstChild;
      if (name) name.nodeValue = 'Ana L.';
    }, [{ type: 'renamed', key: 'ana', from: 'Ana Lopez', to: 'Ana L.' }]],
    ['a screen share starts', () => strip().insertAdjacentHTML('beforeend', tile('ana-v1', 'Ana Lopez')), [
      { type: 'screen-share-started', key: 'ana-v1' },
    ]],
    ['a layout change re-mounts the tile', () => {
      document.getElementById('participant_ana')?.remove();
      strip().insertAdjacentHTML('afterbegin', tile('ana', 'Ana Lopez'));
    }, [{ type: 'video-replaced', key: 'ana' }]],
  ];
  it.each(changes)('%s', async (_name, change, expected) => {
    change();
    await settle();
    expect(updates).toHaveLength(2);
    expect(updates[1]?.events).toEqual(expected);
  });

  it('a burst of changes is read once, after it settles', async () => {
    for (const id of ['b1', 'b2', 'b3']) {
      strip().insertAdjacentHTML('beforeend', tile(id, id));
      await settle(MEETING_DEBOUNCE_MS / 2);
    }
    expect(updates).toHaveLength(1);
    await settle();
    expect(updates).toHaveLength(2);
    expect(updates[1]?.events.map((e) => e.type)).toEqual(['joined', 'joined', 'joined']);
  });

  it('a page that never stops changing is still read within the ceiling', async () => {
    const video = document.getElementById('remoteVideo_ana-video-1');
    for (let elapsed = 0; elapsed <= MEETING_MAX_WAIT_MS; elapsed += 100) {
      video?.setAttribute('style', `opacity: ${elapsed % 200 === 0 ? 1 : 0.99}`);
      await settle(100);
    }
    expect(reads).toBeGreaterThan(1);
  });

  it('changes that alter nothing it reads are not reported', async () => {
    document.getElementById('participant_ana')?.setAttribute('class', 'videocontainer display-video dominant-speaker');
    await settle();
    expect(reads).toBe(2);
    expect(updates).toHaveLength(1);
  });

  it('attributes it does not watch do not wake it', async () => {
    document.getElementById('participant_ana')?.setAttribute('data-speaking', 'true');
    await settle();
    expect(reads).toBe(1);
  });

  it('stops: no reading after the stop function, even for a change already pending', async () => {
    strip().insertAdjacentHTML('beforeend', tile('ben', 'Ben Okafor'));
    await Promise.resolve();
    stop();
    strip().insertAdjacentHTML('beforeend', tile('chidi', 'Chidi Eze'));
    await settle(MEETING_MAX_WAIT_MS);
    expect(updates).toHaveLength(1);
    expect(events().some((e) => e.key === 'ben' || e.key === 'chidi')).toBe(false);
  });

  it('an adapter that throws leaves the last reading standing', async () => {
    stop();
    updates = [];
    let fail = false;
    const flaky: MeetingAdapter = {
      ...jitsi,
      readParticipants: (doc, hints) => {
        if (fail) throw new Error('layout surprise');
        return jitsi.readParticipants(doc, hints);
      },
    };
    stop = watchMeeting(document, flaky, (update) => updates.push(update));
    fail = true;
    strip().insertAdjacentHTML('beforeend', tile('ben', 'Ben Okafor'));
    await settle();
    fail = false;
    strip().insertAdjacentHTML('beforeend', tile('chidi', 'Chidi Eze'));
    await settle();
    expect(updates.map((u) => u.events.map((e) => e.key))).toEqual([['local', 'ana'], ['ben', 'chidi']]);
  });
});
