import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

/**
 * Saved meeting pages served under their real URLs, with real face videos playing in their tiles.
 * Debian's Chromium may lack H.264, so the shared test videos (mp4) are converted to VP8 WebM with
 * ffmpeg when a test starts, into a temporary folder; nothing is fetched from anywhere.
 */

export const MEETING_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/meetings', import.meta.url));
/** Shared test data next to the checkout (../shared/testdata/SOURCES.md). */
export const FACE_VIDEOS_DIR = fileURLToPath(new URL('../../../shared/testdata/face_videos/real', import.meta.url));

export interface MeetingFixture {
  url: string;
  html: string;
}

export function loadMeetingFixture(adapterId: string, caseName: string): MeetingFixture {
  const dir = path.join(MEETING_FIXTURES_DIR, adapterId, caseName);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string };
  return { url: expected.url, html: readFileSync(path.join(dir, 'page.html'), 'utf8') };
}

/** Converts `<name>.mp4` of the shared face videos to a silent VP8 WebM in `outDir`; returns its path. */
export function faceVideoWebm(name: string, outDir: string): string {
  const source = path.join(FACE_VIDEOS_DIR, `${name}.mp4`);
  if (!existsSync(source)) throw new Error(`No face video at ${source}: the checkout must sit next to the shared/ folder.`);
  const out = path.join(outDir, `${name}.webm`);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', source, '-an', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M', out]);
  return out;
}

/**
 * Makes the fixture's videos play: each `<video data-fixture-id="ID">` gets `src` (a path on the
 * page's own origin), `muted` (autoplay needs it) and `loop`.
 */
export function withVideoSources(html: string, sources: Record<string, string>): string {
  return Object.entries(sources).reduce(
    (page, [fixtureId, src]) => page.replace(`data-fixture-id="${fixtureId}"`, `data-fixture-id="${fixtureId}" src="${src}" muted loop`),
    html,
  );
}

/** Answers a media request, honouring `Range` (Chromium reads video files in ranges and seeks to loop). */
function mediaResponse(body: Buffer, range: string | undefined) {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
  const headers = { 'content-type': 'video/webm', 'accept-ranges': 'bytes' };
  if (!match) return { status: 200, headers, body };
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), body.length - 1) : body.length - 1;
  return { status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` }, body: body.subarray(start, end + 1) };
}

export interface MeetingRoute {
  /** Requests to anything but the meeting page and its files: a test fails when there are any. */
  unexpected: string[];
}

/**
 * Serves the page at its URL and `files` (path on the page's origin -> local file), and nothing else:
 * every other http(s) request is answered 404 and recorded as unexpected. With `ownOriginOnly`,
 * requests to other origins are left to routes set up before (saved job-site pages in other tabs).
 */
export async function routeMeeting(
  context: BrowserContext,
  fixture: MeetingFixture,
  files: Record<string, string>,
  options: { ownOriginOnly?: boolean } = {},
): Promise<MeetingRoute> {
  const page = new URL(fixture.url);
  const bodies = new Map(Object.entries(files).map(([urlPath, file]) => [urlPath, readFileSync(file)]));
  const route: MeetingRoute = { unexpected: [] };
  await context.route(
    (url) => (options.ownOriginOnly ? url.origin === page.origin : url.protocol === 'https:' || url.protocol === 'http:'),
    async (r) => {
      const url = new URL(r.request().url());
      const body = url.origin === page.origin ? bodies.get(url.pathname) : undefined;
      if (url.origin === page.origin && url.pathname === page.pathname) {
        await r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture.html });
      } else if (body) {
        await r.fulfill(mediaResponse(body, r.request().headers().range));
      } else {
        route.unexpected.push(url.href);
        await r.fulfill({ status: 404, body: '' });
      }
    },
  );
  return route;
}

/** A still photo (`stills/<name>.jpg` of the shared face data) as a 10 s, 25 fps VP8 WebM (played looped): a camera replaced by a picture. */
export function stillVideoWebm(name: string, outDir: string): string {
  const source = path.join(FACE_VIDEOS_DIR, '..', 'stills', `${name}.jpg`);
  if (!existsSync(source)) throw new Error(`No still at ${source}: the checkout must sit next to the shared/ folder.`);
  const out = path.join(outDir, `${name}-still.webm`);
  // 360 px wide (even height for the encoder) and the realtime preset: seconds instead of minutes on a busy 2-core machine.
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', source, '-t', '10', '-r', '25', '-vf', 'scale=360:-2', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M', out]);
  return out;
}
