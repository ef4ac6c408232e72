import { queryAll, textOf } from '../dom';
import { defineMeetingAdapter } from './define-meeting-adapter';
import { perReading, readTiles, shownVideo, type TileReading } from './read-tiles';

/**
 * Google Meet (meet.google.com/<abc-defg-hij>). Meet's classes are generated and rotate every few
 * weeks, so only its data attributes are used. What they mean comes from public extensions, bots and
 * userscripts that select Meet's tiles:
 * - https://github.com/Vexa-ai/vexa/blob/2f783c5a686d74d67c69e8cdd5b0a55d9ee6d2f5/services/vexa-bot/core/src/platforms/googlemeet/selectors.ts
 *   (a meeting bot maintained against today's Meet: tiles `[data-participant-id]`, names in
 *   `[data-self-name]` / `span.notranslate`, both present only once admitted)
 * - https://github.com/StanleyMango/WhoAmIGoogleMeetEdition/blob/5f7d36593d50a1b1bab854de9aa742f0ab3ad735/ElementsQuery.js
 *   (ids are device paths `spaces/<space>/devices/<device>`; older tiles carry them as
 *   `data-requested-participant-id` / `data-initial-participant-id`; the people panel's list items
 *   carry `data-participant-id` too, so list items are not tiles)
 * - https://github.com/FugiTech/google-meet-grid-view/blob/018f6e25c68e34825ebcd89fdd850a53d33d4baa/grid.user.js
 *   (2020 layout: tiles `[data-allocation-index]`, every tile's name label carries `data-self-name`)
 * - attendance scripts found by searching public code for `div[data-self-name="You"]` read every
 *   tile's name from that element and skip the label "You", which is the user's own tile; the
 *   presentation tile is labelled with "Presentation".
 * - https://github.com/Rich-SCC/engagium_v0.2/blob/ebffa5fa367dc3aaf7f40f52b92322a40c228bc5/__documentation/Extension/GOOGLE_MEET_DOM_REFERENCE.md
 *   reports the data attributes missing from Meet's accessibility tree (which never shows data-*),
 *   hence the fallbacks and the health report rather than silence.
 */

// Tile hooks, most semantic first; each comment names the fixtures that prove it.
const ID_ATTRIBUTES = ['data-participant-id', 'data-requested-participant-id', 'data-initial-participant-id'];
const TILES = [
  '[data-participant-id]', // one-to-one, group-camera-off, screen-share, hostile
  '[data-requested-participant-id], [data-initial-participant-id]', // changed-layout
  '[data-allocation-index]', // 2020 grid; no fixture keeps it, it only ever turns up as a health problem
];
const PEOPLE_PANEL = '[role="list"], [role="listitem"], [role="dialog"]'; // one-to-one: the panel's items are not tiles
const NAME_LABEL = '[data-self-name]'; // one-to-one, group-camera-off
const NAME_FALLBACK = 'span.notranslate'; // changed-layout
/**
 * The presentation tile's label names its presenter: "Ana Lopez (Presentation)", "Presentation (Ana
 * Lopez)" (English UI). A label alone could be a guest's chosen name, which would exempt their camera
 * from the checks, so it only counts when the presenter also has a tile (or the tile shares a device id).
 */
const PRESENTATION = /^(?:presentation\s*\((.+)\)|(.+?)\s*\((?:presentation|presenting)\))$/i; // screen-share, hostile

const ADAPTER = { id: 'google-meet', label: 'Google Meet' };
const MEETING_CODE = /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/;

function keyOf(tile: Element): string | undefined {
  for (const attribute of ID_ATTRIBUTES) {
    const value = tile.getAttribute(attribute);
    if (value) return value;
  }
  return undefined;
}

/**
 * The tile's name label, and whether it is the user's own: Meet labels its own tile with the text it
 * keeps in `data-self-name` ("You"), and any other tile with the person's name.
 */
function label(tile: Element): { name?: string; self: boolean } {
  const labels = queryAll(tile, NAME_LABEL);
  const fallback = textOf(tile.querySelector(NAME_FALLBACK));
  for (const el of labels) {
    const text = textOf(el);
    const selfLabel = el.getAttribute('data-self-name')?.trim();
    const name = text ?? fallback;
    if (name) return { name, self: selfLabel !== undefined && selfLabel !== '' && name === selfLabel };
  }
  return { name: fallback, self: false };
}

/** Labels of all tiles, and which tiles are presentations whose presenter is on screen too. */
const compareTiles = perReading((tiles) => {
  const labels = new Map(tiles.map((tile) => [tile, label(tile)] as const));
  const names = new Set([...labels.values()].flatMap((l) => l.name ?? []));
  const keys = tiles.map(keyOf);
  const presentations = new Set(
    tiles.filter((tile, index) => {
      const match = PRESENTATION.exec(labels.get(tile)?.name ?? '');
      const presenter = match?.[1] ?? match?.[2];
      const key = keys[index];
      return presenter !== undefined && (names.has(presenter) || keys.some((k, i) => i !== index && k !== undefined && k === key));
    }),
  );
  return { labels, presentations };
});

function readTile(tile: Element, tiles: readonly Element[]): TileReading {
  const { labels, presentations } = compareTiles(tiles);
  const { name, self } = labels.get(tile) ?? { self: false };
  const screenShare = presentations.has(tile);
  const key = keyOf(tile);
  const video = shownVideo(tile);
  return {
    // A presentation may come from the presenter's own device: keep it apart from their camera tile.
    key: key !== undefined && screenShare ? `${key}/presentation` : key,
    name,
    self,
    screenShare,
    // Meet parks a spare, hidden video in a tile whose camera is off.
    cameraOn: video !== undefined,
    video,
  };
}

export default defineMeetingAdapter({
  ...ADAPTER,
  matches: ['https://meet.google.com/*'],
  exampleUrls: [
    'https://meet.google.com/abc-defg-hij',
    'https://meet.google.com/xqz-wmrt-kpa?authuser=1',
    'https://meet.google.com/xqz-wmrt-kpa?pli=1&hs=122',
  ],
  counterExampleUrls: [
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://meet.google.com/new',
    'https://meet.google.com/lookup/northwind-interviews',
    'https://meet.google.com/abc-defg-hij/extra',
    'https://meet.google.com/ABC-DEFG-HIJ2',
    'https://meet.google.com.evil.example/abc-defg-hij',
    'http://meet.google.com/abc-defg-hij',
  ],
  isMeetingUrl: (url) => url.protocol === 'https:' && url.hostname === 'meet.google.com' && MEETING_CODE.test(url.pathname),
  readParticipants: (document, hints) =>
    readTiles(document, { adapter: ADAPTER, tiles: TILES, notInside: PEOPLE_PANEL, read: readTile }, hints),
  watchedAttributes: ['class', 'style', 'hidden', ...ID_ATTRIBUTES, 'data-self-name'],
});
