import { describe, expect, it } from 'vitest';
import { faceCheckTargets, toSnapshot, type Participant } from '../../../../lib/sites/meetings/define-meeting-adapter';
import jitsi from '../../../../lib/sites/meetings/jitsi';
import zoom from '../../../../lib/sites/meetings/zoom';
import { isHidden, keysByName, playsLocalCapture, readTiles, shownVideo, type TileReading } from '../../../../lib/sites/meetings/read-tiles';
import { readCase } from './fixture-cases';
import { parsePage } from '../parse-page';

const page = (body: string) => parsePage(`<body>${body}</body>`, 'https://meet.jit.si/Room');

/** A video whose srcObject carries one track with these settings, as Chromium reports them. */
function videoPlaying(settings: Record<string, string> | undefined): HTMLVideoElement {
  const video = page('<video></video>').querySelector('video') as HTMLVideoElement;
  const stream = settings === undefined ? null : { getVideoTracks: () => [{ getSettings: () => settings }] };
  Object.defineProperty(video, 'srcObject', { value: stream });
  return video;
}

describe('playsLocalCapture', () => {
  // Settings as Chromium 156 reported them here for each kind of track.
  const cases: Array<[string, Record<string, string> | undefined, boolean]> = [
    ['a camera (device group)', { deviceId: 'd0a7', groupId: '0559' }, true],
    ['a screen capture (display surface)', { deviceId: 'screen:-3:0', displaySurface: 'monitor' }, true],
    ['a track received from the call', { deviceId: 'a91afdd4-d06d-4b7a-8af7-a4117890be11' }, false],
    ['a canvas capture', { deviceId: 'RVielF3rW47v' }, false],
    ['no stream (saved pages)', undefined, false],
  ];
  it.each(cases)('%s', (_name, settings, local) => expect(playsLocalCapture(videoPlaying(settings))).toBe(local));

  it('a page that sabotages the stream methods is "not known to be local", not a crash', () => {
    const video = page('<video></video>').querySelector('video') as HTMLVideoElement;
    Object.defineProperty(video, 'srcObject', { value: { getVideoTracks: () => { throw new Error('no'); } } });
    expect(playsLocalCapture(video)).toBe(false);
  });

  it('marks a tile as the self-view even where the product has no hook for it', () => {
    const doc = page('<span class="videocontainer display-video" id="participant_x"><video id="remoteVideo_x"></video></span>');
    const video = doc.querySelector('video');
    Object.defineProperty(video, 'srcObject', { value: { getVideoTracks: () => [{ getSettings: () => ({ groupId: 'g' }) }] } });
    expect(jitsi.readParticipants(doc).participants[0]?.self).toBe(true);
  });
});

describe('shownVideo and isHidden', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['the first shown video', '<video id="a" style="display: none"></video><video id="b"></video>', 'b'],
    ['hidden attribute', '<video id="a" hidden></video>', undefined],
    ['visibility hidden', '<video id="a" style="visibility:hidden"></video>', undefined],
    ['no video', '<img>', undefined],
  ];
  it.each(cases)('%s', (_name, html, id) => expect(shownVideo(page(html).body)?.id).toBe(id));
  it('a shown element is not hidden', () => expect(isHidden(page('<div style="opacity: 0.5"></div>').querySelector('div') as Element)).toBe(false));
});

describe('keysByName', () => {
  type Tile = { name?: string; identity?: string };
  const cases: Array<[string, Tile[], Array<string | undefined>]> = [
    ['distinct names', [{ name: 'Ana' }, { name: 'Ben' }], ['name:Ana', 'name:Ben']],
    ['namesakes are two people', [{ name: 'Ana' }, { name: 'Ana' }], ['name:Ana', 'name:Ana#2']],
    ['the same user shown twice is one person', [{ name: 'Ana', identity: '7' }, { name: 'Ana', identity: '7' }], ['name:Ana', 'name:Ana']],
    ['namesakes with different user ids', [{ name: 'Ana', identity: '7' }, { name: 'Ana', identity: '8' }], ['name:Ana', 'name:Ana#2']],
    ['invisible characters do not make a copy look new', [{ name: 'Ana' }, { name: '\u200bAna\u202e' }], ['name:Ana', 'name:Ana#2']],
    ['an unnamed tile gets no key', [{ name: '  ' }], [undefined]],
  ];
  it.each(cases)('%s', (_name, tiles, keys) => {
    const elements = tiles.map(() => page('<div></div>').querySelector('div') as Element);
    const byElement = new Map(elements.map((el, i) => [el, tiles[i] ?? {}]));
    const result = keysByName(elements, (el) => ({ ...byElement.get(el), prefix: 'name' }));
    expect(elements.map((el) => result.get(el))).toEqual(keys);
  });
});

describe('readTiles', () => {
  const spec = (read: (tile: Element) => TileReading) => ({
    adapter: { id: 'test', label: 'Test' },
    tiles: ['.tile'],
    read,
  });

  it('merges one person shown in several strips, keeping the tile that shows something', () => {
    const doc = page('<div class="tile" data-k="a"></div><div class="tile" data-k="a" data-name="Ana"><video></video></div>');
    const result = readTiles(doc, spec((tile) => ({
      key: tile.getAttribute('data-k') ?? undefined,
      name: tile.getAttribute('data-name') ?? undefined,
      cameraOn: shownVideo(tile) !== undefined,
      video: shownVideo(tile),
    })));
    expect(toSnapshot(result).participants).toEqual([{ key: 'a', name: 'Ana', self: false, screenShare: false, cameraOn: true, media: 'video' }]);
  });

  it('several self claims are dropped and reported', () => {
    const doc = page('<div class="tile" data-k="a"></div><div class="tile" data-k="b"></div>');
    const result = readTiles(doc, spec((tile) => ({ key: tile.getAttribute('data-k') ?? undefined, self: true, cameraOn: false })));
    expect(result.participants.map((p) => p.self)).toEqual([false, false]);
    expect(result.health.problems).toContain('selfView: 2 tiles claim it');
  });

  it('of several self claims, the one playing this computer\'s camera stays', () => {
    const doc = page('<div class="tile" data-k="guest-named-you"><video></video></div><div class="tile" data-k="me"><video></video></div>');
    const [, ownVideo] = Array.from(doc.querySelectorAll('video'));
    Object.defineProperty(ownVideo, 'srcObject', { value: { getVideoTracks: () => [{ getSettings: () => ({ groupId: 'g' }) }] } });
    const result = readTiles(doc, spec((tile) => ({ key: tile.getAttribute('data-k') ?? undefined, self: true, cameraOn: true, video: shownVideo(tile) })));
    expect(result.participants.map((p) => [p.key, p.self])).toEqual([['guest-named-you', false], ['me', true]]);
    expect(result.health.problems).toContain('selfView: 2 tiles claim it');
  });

  it("the recruiter's names from settings mark the self-view, in any case", () => {
    const doc = page('<div class="tile">riley CHEN</div><div class="tile">Ana</div>');
    const result = readTiles(doc, spec((tile) => ({ name: tile.textContent ?? undefined, cameraOn: false })), { selfNames: ['Riley Chen'] });
    expect(result.participants.map((p) => [p.name, p.self])).toEqual([['riley CHEN', true], ['Ana', false]]);
  });

  it('a read that throws costs that tile only and is reported', () => {
    const doc = page('<div class="tile" data-k="a"></div><div class="tile" data-k="b"></div>');
    const result = readTiles(doc, spec((tile) => {
      if (tile.getAttribute('data-k') === 'a') throw new Error('surprise');
      return { key: 'b', name: 'Ben', cameraOn: false };
    }));
    expect(result.participants.map((p) => p.key)).toEqual(['b']);
    expect(result.health.problems).toContain('tiles: 1 read failed');
  });
});

describe('Zoom canvas regions', () => {
  it('a closed shadow root hides the canvas: the camera tile is reported without media', () => {
    const { html, expected } = readCase('zoom', 'one-to-one');
    const closed = html.replace('shadowrootmode="open"', 'shadowrootmode="closed"');
    const result = zoom.readParticipants(parsePage(closed, expected.url), expected.hints);
    expect(result.participants.map((p) => p.media)).toEqual(['none', 'none']);
    expect(result.health.problems).toContain('video: 2 camera tiles without a video element');
  });
});

describe('faceCheckTargets', () => {
  const base: Participant = { key: 'k', self: false, screenShare: false, cameraOn: true, media: 'video' };
  const cases: Array<[string, Partial<Participant>, boolean]> = [
    ['a guest with a camera', {}, true],
    ['the self-view', { self: true }, false],
    ['a screen share', { screenShare: true }, false],
    ['a camera that is off', { cameraOn: false }, false],
    ['nothing to sample', { media: 'none' }, false],
  ];
  it.each(cases)('%s', (_name, overrides, target) => expect(faceCheckTargets([{ ...base, ...overrides }])).toHaveLength(target ? 1 : 0));
});
