import { clampText, MAX_LIST_LENGTH } from '../../candidate/observation';
import { queryAll } from '../dom';
import {
  MAX_KEY_LENGTH,
  MAX_NAME_LENGTH,
  type CanvasRegion,
  type MeetingField,
  type MeetingReadHints,
  type MeetingReadResult,
  type Participant,
} from './define-meeting-adapter';

/**
 * The reading every meeting adapter shares: find the tiles by the first hook that matches, let the
 * adapter read each one, then clamp, key, merge duplicates (one person can show in several strips at
 * once) and judge health. Adapters only say where things are; nothing here knows a product.
 */

/** What an adapter reads from one tile; strings are raw page text, clamped here. */
export interface TileReading {
  key?: string;
  name?: string;
  self?: boolean;
  screenShare?: boolean;
  cameraOn: boolean;
  video?: HTMLVideoElement;
  region?: CanvasRegion;
}

export interface TileSpec {
  adapter: { id: string; label: string };
  /** Tile hooks, most semantic first. The first that matches is used; any later one means the layout changed. */
  tiles: readonly string[];
  /** Matches inside these are not on the stage (the people panel, dialogs). */
  notInside?: string;
  /** Reads one tile; `tiles` is every tile found, for rules that compare tiles. */
  read: (tile: Element, tiles: readonly Element[]) => TileReading;
  /** Participants shown outside any tile (Zoom's share player). */
  extra?: (document: Document, readings: readonly TileReading[]) => TileReading[];
}

const EXPECTED: MeetingField[] = ['tiles', 'names', 'video', 'selfView'];

/** Tiles by the first hook that finds any, outermost only (a tile may nest a smaller one of the same hook). */
function findTiles(document: Document, spec: TileSpec): { tiles: Element[]; level: number } {
  for (const [level, selector] of spec.tiles.entries()) {
    const found = queryAll(document, selector).filter((el) => !(spec.notInside && el.closest(spec.notInside)));
    const outermost = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
    if (outermost.length > 0) return { tiles: outermost, level };
  }
  return { tiles: [], level: 0 };
}

export function isVideoElement(el: Element | null | undefined): el is HTMLVideoElement {
  return el?.localName === 'video';
}

/** Hidden by the page itself (inline), the way Meet parks a tile's spare video element. */
export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** The first shown `<video>` among the selector's matches inside `root`. */
export function shownVideo(root: ParentNode, selector = 'video'): HTMLVideoElement | undefined {
  return queryAll(root, selector).find((el): el is HTMLVideoElement => isVideoElement(el) && !isHidden(el));
}

/**
 * True when the video plays this computer's own camera or screen. Checked in Chromium 156 here: a
 * camera track reports the `groupId` of its device and a screen capture its `displaySurface`; a track
 * received over RTCPeerConnection reports neither (it does have a `deviceId`), nor do canvas captures
 * or generated tracks, so a self-view passed through effects is not recognised this way. A safety net
 * under each product's own self-view hook; it needs the live page (saved pages have no streams).
 */
export function playsLocalCapture(video: HTMLVideoElement | undefined): boolean {
  try {
    const stream = video?.srcObject;
    if (!stream || !('getVideoTracks' in stream)) return false;
    const settings = stream.getVideoTracks()[0]?.getSettings();
    return Boolean(settings?.groupId) || settings?.displaySurface !== undefined;
  } catch {
    return false; // A page can replace these methods; a throw only means "not known to be local".
  }
}

/**
 * Memoises what an adapter computes from all tiles of one reading (rules that compare tiles: Teams'
 * self-view, Meet's presentations). Each reading finds a new tiles array, so nothing outlives it.
 */
export function perReading<T>(build: (tiles: readonly Element[]) => T): (tiles: readonly Element[]) => T {
  const cache = new WeakMap<readonly Element[], T>();
  return (tiles) => {
    const cached = cache.get(tiles);
    if (cached !== undefined) return cached;
    const built = build(tiles);
    cache.set(tiles, built);
    return built;
  };
}

/**
 * Keys for products that name tiles only by display name (Teams, Zoom). Two tiles with the same name
 * are two people, told apart by order ("name:Ana#2"), unless `identity` says they are one person
 * shown twice. Names are compared as clamped, so invisible characters cannot make a copy look new,
 * nor a copy merge into the tile it imitates.
 */
export function keysByName(
  tiles: readonly Element[],
  read: (tile: Element) => { name?: string; prefix: string; identity?: string },
): Map<Element, string> {
  const keys = new Map<Element, string>();
  const counts = new Map<string, number>();
  const byIdentity = new Map<string, string>();
  for (const tile of tiles) {
    const { name: raw, prefix, identity } = read(tile);
    const name = clampText(raw, MAX_NAME_LENGTH);
    if (name === undefined) continue;
    const base = `${prefix}:${name}`;
    const known = identity === undefined ? undefined : byIdentity.get(`${base}\n${identity}`);
    if (known !== undefined) {
      keys.set(tile, known);
      continue;
    }
    const count = (counts.get(base) ?? 0) + 1;
    counts.set(base, count);
    const key = count > 1 ? `${base}#${count}` : base;
    if (identity !== undefined) byIdentity.set(`${base}\n${identity}`, key);
    keys.set(tile, key);
  }
  return keys;
}

function selfNameSet(hints: MeetingReadHints | undefined): Set<string> {
  return new Set((hints?.selfNames ?? []).flatMap((n) => clampText(n, MAX_NAME_LENGTH)?.toLowerCase() ?? []));
}

/** Keeps the tile that shows the most: media over none, and fills in what the other one lacked. */
function merge(a: Participant, b: Participant): Participant {
  const [main, other] = a.media === 'none' && b.media !== 'none' ? [b, a] : [a, b];
  return {
    ...main,
    name: main.name ?? other.name,
    self: a.self || b.self,
    screenShare: a.screenShare || b.screenShare,
    cameraOn: a.cameraOn || b.cameraOn,
  };
}

function withoutUndefined(p: Participant): Participant {
  const out: Participant = { key: p.key, self: p.self, screenShare: p.screenShare, cameraOn: p.cameraOn, media: p.media };
  if (p.name !== undefined) out.name = p.name;
  if (p.video) out.video = p.video;
  else if (p.region) out.region = p.region;
  return out;
}

export function readTiles(document: Document, spec: TileSpec, hints?: MeetingReadHints): MeetingReadResult {
  const problems: string[] = [];
  const { tiles, level } = findTiles(document, spec);
  if (level > 0) problems.push(`tiles: found by fallback hook ${level}`);

  const readings: TileReading[] = [];
  let failed = 0;
  for (const tile of tiles) {
    try {
      readings.push(spec.read(tile, tiles));
    } catch {
      failed++;
    }
  }
  try {
    readings.push(...(spec.extra?.(document, readings) ?? []));
  } catch {
    failed++;
  }
  if (failed > 0) problems.push(`tiles: ${failed} read failed`);

  const selfNames = selfNameSet(hints);
  const byKey = new Map<string, Participant>();
  let positional = 0;
  readings.forEach((reading, index) => {
    const name = clampText(reading.name, MAX_NAME_LENGTH);
    let key = clampText(reading.key, MAX_KEY_LENGTH) ?? (name === undefined ? undefined : `name:${name}`);
    if (key === undefined) {
      key = `tile-${index}`;
      positional++;
    }
    const video = reading.video;
    const region = video ? undefined : reading.region;
    const participant = withoutUndefined({
      key,
      name,
      self: reading.self === true || playsLocalCapture(video) || (name !== undefined && selfNames.has(name.toLowerCase())),
      screenShare: reading.screenShare === true,
      cameraOn: reading.cameraOn,
      media: video ? 'video' : region ? 'canvas-region' : 'none',
      video,
      region,
    });
    const seen = byKey.get(key);
    byKey.set(key, seen ? withoutUndefined(merge(seen, participant)) : participant);
  });
  if (positional > 0) problems.push(`tiles: ${positional} keyed by position`);

  let participants = [...byKey.values()];
  // Only one tile is the user's own. Several claims mean a name copies the self label (a guest named
  // "You" on Meet, or the recruiter's own name): trusting one by name would exempt a guest from the
  // checks. A claim backed by this computer's own camera stream cannot come from a guest, so it stays.
  const claims = participants.filter((p) => p.self && !p.screenShare);
  if (claims.length > 1) {
    problems.push(`selfView: ${claims.length} tiles claim it`);
    const captured = claims.filter((p) => playsLocalCapture(p.video));
    const keep = captured.length === 1 ? captured[0] : undefined;
    participants = participants.map((p) => (claims.includes(p) && p !== keep ? { ...p, self: false } : p));
  }
  if (participants.length > MAX_LIST_LENGTH) {
    problems.push(`tiles: capped at ${MAX_LIST_LENGTH}`);
    participants = participants.slice(0, MAX_LIST_LENGTH);
  }
  const unnamed = participants.filter((p) => p.name === undefined).length;
  if (unnamed > 0 && unnamed < participants.length) problems.push(`names: ${unnamed} of ${participants.length} tiles unnamed`);
  const blind = participants.filter((p) => p.cameraOn && p.media === 'none').length;
  if (blind > 0) problems.push(`video: ${blind} camera tiles without a video element`);

  const found: MeetingField[] = [];
  if (participants.length > 0) found.push('tiles');
  if (participants.length > 0 && unnamed === 0) found.push('names');
  if (participants.some((p) => p.media !== 'none')) found.push('video');
  if (participants.some((p) => p.self)) found.push('selfView');
  for (const field of EXPECTED) if (!found.includes(field)) problems.push(`${field} not found`);

  return {
    participants,
    health: {
      adapterId: spec.adapter.id,
      adapterLabel: spec.adapter.label,
      expected: [...EXPECTED],
      found: found.sort(),
      problems: problems.slice(0, 50),
    },
  };
}
