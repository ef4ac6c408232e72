import { queryFirst, textOf } from '../dom';
import { defineMeetingAdapter } from './define-meeting-adapter';
import { readTiles, shownVideo, type TileReading } from './read-tiles';

/**
 * Jitsi Meet (meet.jit.si and 8x8's JaaS at 8x8.vc). Jitsi is open source, so every hook below was
 * read in its web client's source, not guessed:
 * - https://github.com/jitsi/jitsi-meet/blob/3062a6b2a4f98fdb530a5c786fa07cde4128042d/react/features/filmstrip/components/web/Thumbnail.tsx
 *   (tile `span.videocontainer#participant_<id>`, local `#localVideoContainer`, `_stage`/`_screenshare`
 *   suffixes in the other strips, videos `#remoteVideo_<track>` and `#localVideo_container`)
 * - https://github.com/jitsi/jitsi-meet/blob/cfa5aa44e3a764001ce66b20df677bb20ba04b60/react/features/filmstrip/constants.ts
 *   (`display-video` / `display-avatar-only` on the tile)
 * - https://github.com/jitsi/jitsi-meet/blob/5649934ab5789f8bcf85911a54b50ed8dc4ffbe5/react/features/filmstrip/components/web/ThumbnailBottomIndicators.tsx
 *   and https://github.com/jitsi/jitsi-meet/blob/3c9741479afd82f0c7300c63bc4a7483e0317cf7/react/features/display-name/components/web/DisplayName.tsx
 *   (name `span.displayname#participant_<id>_name`, local `#localDisplayName`)
 * - https://github.com/jitsi/jitsi-meet/blob/87d82e23dc06c962883d4ec2d09e4955609424fd/react/features/filmstrip/components/web/VirtualScreenshareParticipant.tsx
 *   and https://github.com/jitsi/jitsi-meet/blob/3dbf5948a724ae1c1f2b35f6fc1e6942897113c5/react/features/filmstrip/components/web/ScreenShareIndicator.tsx
 *   (a share is its own "virtual participant" `<owner>-v<n>`, video `#localScreenshare_container` when
 *   it is ours, indicator icon id `share-desktop`)
 * - https://github.com/jitsi/jitsi-meet/blob/994c2e470a802770e356721da9dbe4950486ac12/react/features/filmstrip/components/web/Filmstrip.tsx
 *   (`#remoteVideos`, `#filmstripLocalVideo`, `#filmstripLocalScreenShare`)
 * Self-hosted Jitsi servers run the same client, but their hosts cannot be listed here.
 */

// Tile hooks, most semantic first; each comment names the fixtures that prove it.
const TILES = [
  // one-to-one, group-camera-off, screen-share, hostile
  '.videocontainer[id^="participant_"], .videocontainer[id^="localVideoContainer"]',
  // changed-layout: the class is gone, the ids React writes stay
  '[id^="participant_"]:not([id$="_name"]), [id^="localVideoContainer"]',
];
const NAME = ['.displayname', '[id$="_name"]', '#localDisplayName']; // one-to-one; changed-layout uses [id$="_name"]
const VIDEO = 'video[id^="remoteVideo_"], video#localVideo_container, video#localScreenshare_container'; // one-to-one, screen-share
const LOCAL_STRIPS = '#filmstripLocalVideo, #filmstripLocalScreenShare'; // screen-share
const SHARE_ICON = '[id="share-desktop"]'; // screen-share: the indicator of a share tile
const STRIP_SUFFIX = /_(?:stage|screenshare)$/;
/** Virtual screen-share participants are `<owner endpoint>-v<n>`; endpoint ids carry no dash. */
const VIRTUAL_SHARE = /-v\d+$/;

const ADAPTER = { id: 'jitsi', label: 'Jitsi Meet' };
const RESERVED = new Set(['static', 'libs', 'sounds', 'images', 'css', 'fonts', 'lang', 'http-bind', 'xmpp-websocket', 'colibri-ws', '_unlock']);
const ROOM = /^[^/.?#]+$/;

function roomOf(url: URL): string | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  const [first, second] = parts;
  if (url.hostname === 'meet.jit.si' && parts.length === 1) return first;
  // JaaS rooms live under the customer's tenant: /vpaas-magic-cookie-<hex>/<room>.
  if (url.hostname === '8x8.vc' && parts.length === 2 && first?.startsWith('vpaas-magic-cookie-')) return second;
  return undefined;
}

function readTile(tile: Element): TileReading {
  const id = tile.id.replace(STRIP_SUFFIX, '');
  const local = id.startsWith('localVideoContainer');
  const key = local ? 'local' : id.replace(/^participant_/, '');
  const video = shownVideo(tile, VIDEO) ?? shownVideo(tile);
  // The display mode class is the client's own verdict; without it (changed layout) a video is the best sign.
  const cameraOn = tile.classList.contains('display-video') || (!tile.classList.contains('display-avatar-only') && video !== undefined);
  return {
    key,
    name: textOf(queryFirst(tile, NAME)),
    self: local || video?.id === 'localScreenshare_container' || tile.closest(LOCAL_STRIPS) !== null,
    screenShare: VIRTUAL_SHARE.test(key) || tile.querySelector(SHARE_ICON) !== null,
    cameraOn,
    video,
  };
}

export default defineMeetingAdapter({
  ...ADAPTER,
  matches: ['https://meet.jit.si/*', 'https://8x8.vc/*'],
  exampleUrls: [
    'https://meet.jit.si/NorthwindFinalInterview',
    'https://meet.jit.si/northwind-interview-2026#config.startWithAudioMuted=true',
    'https://8x8.vc/vpaas-magic-cookie-0f3a9c2e41d84b6f9a1c2d3e4f5a6b7c/TechnicalScreen',
  ],
  counterExampleUrls: [
    'https://meet.jit.si/',
    'https://meet.jit.si/static/close.html',
    'https://meet.jit.si/static/dialInInfo.html?room=NorthwindFinalInterview',
    'https://meet.jit.si/libs/external_api.min.js',
    'https://meet.jit.si/external_api.js',
    'https://meet.jit.si/NorthwindFinalInterview/extra',
    'https://8x8.vc/',
    'https://8x8.vc/vpaas-magic-cookie-0f3a9c2e41d84b6f9a1c2d3e4f5a6b7c/',
    'http://meet.jit.si/NorthwindFinalInterview',
  ],
  isMeetingUrl: (url) => {
    const room = url.protocol === 'https:' ? roomOf(url) : undefined;
    return room !== undefined && ROOM.test(room) && !RESERVED.has(room);
  },
  readParticipants: (document, hints) => readTiles(document, { adapter: ADAPTER, tiles: TILES, read: readTile }, hints),
  watchedAttributes: ['class', 'id', 'style', 'hidden'],
});
