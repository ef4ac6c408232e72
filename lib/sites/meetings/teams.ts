import { firstText } from '../dom';
import { defineMeetingAdapter } from './define-meeting-adapter';
import { keysByName, perReading, readTiles, shownVideo, type TileReading } from './read-tiles';

/**
 * Microsoft Teams on the web (the "v2" client at teams.microsoft.com/v2/, guests' join links, and
 * teams.live.com). Teams' class names are build hashes; its `data-tid`/`data-cid` test hooks are what
 * public tools rely on:
 * - https://github.com/Vexa-ai/vexa/blob/49db9154b7de410a95518e66918bec27f0c480ef/packages/capture-kit/src/msteams-speakers.ts
 *   (each stage tile is a `[data-stream-type]` element whose `data-tid` is the participant's display
 *   name; the speaking outline is `[data-tid="voice-level-stream-outline"]`; `data-tid` values that
 *   look like machine tokens are not names)
 * - https://github.com/Vexa-ai/vexa/blob/6b1a837e91694f4a49a9c16153fc5b7b10d0faad/services/vexa-bot/core/src/platforms/msteams/selectors.ts
 *   (generic tile fallbacks `[data-tid*="video-tile"]`, `[data-tid*="participant"]`)
 * - public code found by searching for `[data-stream-type="ScreenSharing"]` (repositories not named by
 *   the index): `data-stream-type` is "Video" or "ScreenSharing"; a camera tile holds a `<video>`, or an
 *   avatar while the camera is off; `data-acc-element-id` changes each time Teams mounts a tile, so
 *   the name is the key; Teams draws the speaking outline on every camera tile except the user's
 *   own, so a single tile without it is the self-view; classic Teams used
 *   `[data-cid="calling-participant-stream"]`.
 * A signed-in call has nothing in the URL (the v2 app keeps one URL), so the whole app is claimed and
 * the call screen decides: outside a call the reading finds no tiles and says so.
 */

// Tile hooks, most semantic first; each comment names the fixtures that prove it.
const TILES = [
  '[data-stream-type]', // one-to-one, group-camera-off, screen-share, hostile
  '[data-cid="calling-participant-stream"], [data-cid="calling-participant-video"]', // changed-layout (classic hooks)
  '[data-tid*="video-tile"], [data-tid*="videoTile"]', // generic test hooks; no fixture, health reports them
];
const OUTLINE = '[data-tid="voice-level-stream-outline"]'; // one-to-one, group-camera-off
const NAME_FALLBACK = ['[data-tid="participant-name"]', '[data-tid*="display-name"]', 'span[title]']; // changed-layout
/** `data-tid` is also a test id ("video-stream-2", "videoTile"): such a value is never a person's name. */
const MACHINE_TOKEN = /^(?:[a-z0-9]+(?:[-_][a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|\d+)$/;

const ADAPTER = { id: 'teams', label: 'Microsoft Teams' };
const HOSTS = new Set(['teams.microsoft.com', 'teams.live.com']);
const MEETING_PATHS = [
  /^\/v2(?:\/|$)/, // the app; the call screen decides
  /^\/l\/meetup-join\//, // join links
  /^\/(?:v2\/)?meet\/\d+\/?$/, // short meeting links
  /^\/light-meetings\/launch\/?$/, // guests without the app
];

function nameOf(tile: Element): string | undefined {
  const tid = tile.getAttribute('data-tid')?.trim();
  if (tid && !MACHINE_TOKEN.test(tid)) return tid;
  return tile.getAttribute('data-participant-name') ?? firstText(tile, NAME_FALLBACK);
}

const isShare = (tile: Element) => tile.getAttribute('data-stream-type') === 'ScreenSharing';

/**
 * What comparing the tiles tells: the self-view is the one camera tile Teams draws without a speaking
 * outline (only when exactly one has none), and the keys (names, with namesakes told apart).
 */
const compareTiles = perReading((tiles) => {
  const bare = tiles.filter((tile) => !isShare(tile) && tile.querySelector(OUTLINE) === null);
  const keys = keysByName(tiles, (tile) => ({ name: nameOf(tile), prefix: isShare(tile) ? 'share' : 'name' }));
  return { self: bare.length === 1 ? bare[0] : undefined, keys };
});

function readTile(tile: Element, tiles: readonly Element[]): TileReading {
  const { self, keys } = compareTiles(tiles);
  const video = shownVideo(tile);
  return {
    key: keys.get(tile),
    name: nameOf(tile),
    self: tile === self,
    screenShare: isShare(tile),
    cameraOn: video !== undefined,
    video,
  };
}

export default defineMeetingAdapter({
  ...ADAPTER,
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  exampleUrls: [
    'https://teams.microsoft.com/v2/',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzU4ZDk5YjMtZTk3Ni00ZWYzLTg5ZmUtMTVlNGE2ZGI0ZWRm%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d',
    'https://teams.microsoft.com/meet/2871536409127?p=Xk4qT9WmLbNc2vRsPa',
    'https://teams.live.com/meet/9312345678901?p=AbCdEfGh12345',
    'https://teams.microsoft.com/light-meetings/launch?anon=true&coords=eyJjb252ZXJzYXRpb25JZCI6IjE5Om1lZXRpbmdfYWJjQHRocmVhZC52MiJ9',
  ],
  counterExampleUrls: [
    'https://teams.microsoft.com/',
    'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_x%40thread.v2%2F0&type=meetup-join',
    'https://teams.microsoft.com/l/chat/0/0?users=ana.lopez@northwind.example',
    'https://teams.microsoft.com/l/channel/19%3a4f1c%40thread.tacv2/General?groupId=5d2e',
    'https://teams.microsoft.com/l/entity/com.microsoft.teamspace.tab.planner/tt.c_19',
    'https://teams.live.com/',
    'https://www.microsoft.com/en-us/microsoft-teams/join-a-meeting',
    'http://teams.microsoft.com/v2/',
  ],
  isMeetingUrl: (url) =>
    url.protocol === 'https:' && HOSTS.has(url.hostname) && MEETING_PATHS.some((path) => path.test(url.pathname)),
  readParticipants: (document, hints) => readTiles(document, { adapter: ADAPTER, tiles: TILES, read: readTile }, hints),
  watchedAttributes: ['data-stream-type', 'data-tid', 'data-cid', 'class', 'style', 'hidden'],
});
