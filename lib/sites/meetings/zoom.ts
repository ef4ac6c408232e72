import { firstText, queryAll } from '../dom';
import { defineMeetingAdapter, type CanvasRegion } from './define-meeting-adapter';
import { keysByName, perReading, readTiles, shownVideo, type TileReading } from './read-tiles';

/**
 * Zoom's web client (app.zoom.us/wc/<meeting id>/join, and the same path on zoom.us and vanity
 * subdomains). Unlike the others it paints every camera into one shared canvas: a tile holds a
 * `<video-player>` placeholder that marks where on the canvas its person is, so the picture to sample
 * is a canvas region, not a `<video>`. Sources:
 * - https://github.com/Vexa-ai/vexa/blob/0b7e941300a8b3432bcde4f321337bef19491a41/services/vexa-bot/core/src/platforms/zoom/web/selectors.ts
 *   (verified on the live client: frames `.speaker-active-container__video-frame` and
 *   `.speaker-bar-container__video-frame`, name in `.video-avatar__avatar-footer > span`, avatars
 *   `.video-avatar__avatar`)
 * - https://github.com/Vexa-ai/vexa/blob/8bb15b3c82076e4ab07183e615ed7fe5c2244637/packages/meet-join/src/zoom/selectors.ts
 *   (URL forms `/wc/<id>/join` and the classic `/wc/join/<id>`)
 * - a happy-dom model of the web client written from the live page (found by searching public code for
 *   "shared shadow-root canvas"; repository not named by the index): the canvas sits in the open
 *   shadow root of `<video-player-container>`; each camera is a `video-player[node-id][media-type="video"]`
 *   beside a `.video-avatar__avatar`; a camera-off tile has only the avatar, with the name in
 *   `.video-avatar__avatar-name`; a share is `video-player[media-type="share"]` in `#sharee-container`
 *   whose `node-id` is the sharer's, and after the share the player stays with an empty `node-id`.
 * - gallery frames `.gallery-video-container__video-frame` appear in several public scripts for the
 *   web client (e.g. found by searching for that class); they are not verified on a live page.
 * The user's own tile carries no marker found in these sources: it is recognised by a local camera
 * stream when the client uses a `<video>` for it, or by the names the recruiter gives in settings.
 */

// Frame hooks, most semantic first; each comment names the fixtures that prove it.
const TILES = [
  // one-to-one, group-camera-off, screen-share, hostile
  '.speaker-active-container__video-frame, .speaker-bar-container__video-frame, .gallery-video-container__video-frame, .suspension-video-container__video-frame',
  '[class*="__video-frame"]', // changed-layout: the container part of the class renamed
  '.video-avatar__avatar', // frames gone: each avatar is a tile; no fixture, health reports it
];
const NAME = ['.video-avatar__avatar-footer', '.video-avatar__avatar-name', '.video-avatar__avatar-title']; // one-to-one, group-camera-off
const CAMERA_PLAYER = 'video-player[media-type="video"][node-id]:not([node-id=""])'; // one-to-one
const SHARE_PLAYER = 'video-player[media-type="share"][node-id]:not([node-id=""])'; // screen-share

const ADAPTER = { id: 'zoom', label: 'Zoom' };
const WEB_CLIENT = /^\/wc\/(?:join\/)?\d{9,12}(?:\/(?:join|start))?\/?$/;

/** The canvas a player is painted into, in its container's open shadow root. */
function regionOf(player: Element | null): CanvasRegion | undefined {
  const canvas = player?.closest('video-player-container')?.shadowRoot?.querySelector('canvas');
  return player && canvas ? { canvas, placeholder: player } : undefined;
}

/** Keys by name (a camera-off tile has no player, so no user id to key on); the user id tells a namesake from the same person shown twice. */
const compareTiles = perReading((tiles) =>
  keysByName(tiles, (tile) => ({
    name: firstText(tile, NAME),
    prefix: 'name',
    identity: tile.querySelector(CAMERA_PLAYER)?.getAttribute('node-id') ?? undefined,
  })),
);

function readTile(tile: Element, tiles: readonly Element[]): TileReading {
  const player = tile.querySelector(CAMERA_PLAYER);
  const video = shownVideo(tile);
  return {
    key: compareTiles(tiles).get(tile),
    name: firstText(tile, NAME),
    cameraOn: player !== null || video !== undefined,
    video,
    region: regionOf(player),
  };
}

/** Shares play outside the frames; the sharer is the camera tile with the same user id. */
function shares(document: Document): TileReading[] {
  return queryAll(document, SHARE_PLAYER).map((player) => {
    const nodeId = player.getAttribute('node-id') ?? '';
    const owner = queryAll(document, CAMERA_PLAYER).find((p) => p.getAttribute('node-id') === nodeId);
    const frame = owner?.closest('[class*="__video-frame"]');
    const name = frame ? firstText(frame, NAME) : undefined;
    return {
      key: `share:${name === undefined ? `user-${nodeId}` : `name:${name}`}`,
      name,
      screenShare: true,
      cameraOn: true,
      region: regionOf(player),
    };
  });
}

export default defineMeetingAdapter({
  ...ADAPTER,
  matches: ['https://zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  exampleUrls: [
    'https://app.zoom.us/wc/84512937760/join?fromPWA=1&pwd=aB3dE5fG7hJ9kL',
    'https://app.zoom.us/wc/join/84512937760',
    'https://zoom.us/wc/84512937760/join',
    'https://northwind.zoom.us/wc/9876543210/start',
  ],
  counterExampleUrls: [
    'https://app.zoom.us/wc/',
    'https://app.zoom.us/wc/home',
    'https://zoom.us/',
    'https://zoom.us/j/84512937760?pwd=aB3dE5fG7hJ9kL',
    'https://zoom.us/profile/setting',
    'https://zoom.us/meeting/schedule',
    'https://app.zoom.us/wc/84512937760/leave',
    'https://zoom.us.evil.example/wc/84512937760/join',
  ],
  isMeetingUrl: (url) =>
    url.protocol === 'https:' && (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us')) && WEB_CLIENT.test(url.pathname),
  readParticipants: (document, hints) =>
    readTiles(document, { adapter: ADAPTER, tiles: TILES, read: readTile, extra: (doc) => shares(doc) }, hints),
  watchedAttributes: ['class', 'node-id', 'media-type', 'style', 'hidden'],
});
