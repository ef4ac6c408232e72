import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { faceVideoWebm, loadMeetingFixture, routeMeeting, withVideoSources, type MeetingRoute } from './meeting-fixtures';
import { waitForExtensionFrame } from './panel-frame';

/**
 * The saved Google Meet call (test/fixtures/meetings/google-meet/one-to-one) under its real URL, the
 * guest's tile playing a real face video: the same path as on a Jitsi call (meeting.e2e), through
 * Meet's adapter. The recruiter's own tile has no video here; meeting.e2e shows it is never sampled.
 */
const GUEST = 'spaces/xq7LbWm2P4oA/devices/8812';
const MEETING = loadMeetingFixture('google-meet', 'one-to-one');

let browser: ExtensionBrowser;
let route: MeetingRoute;
let page: Page;
let panel: Frame;
let videosDir: string;

const guest = () => panel.locator(`[data-participant-key="${GUEST}"]`);

beforeAll(async () => {
  videosDir = mkdtempSync(path.join(tmpdir(), 'hireproof-meet-'));
  const video = faceVideoWebm('liveportrait_driving_d9', videosDir);
  browser = await launchWithExtension({ headless: true });
  route = await routeMeeting(browser.context, { ...MEETING, html: withVideoSources(MEETING.html, { 'ana-camera': '/__faces/guest.webm' }) }, { '/__faces/guest.webm': video });
  page = await browser.context.newPage();
  await page.goto(MEETING.url);
  panel = await waitForExtensionFrame(page, browser.extensionId, 'meeting-panel.html');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (videosDir) rmSync(videosDir, { recursive: true, force: true });
});

describe('liveness on a Google Meet call', () => {
  it('after consent the guest shows a face found and blinks counted', async () => {
    await panel.getByRole('checkbox', { name: /read the notice/i }).check();
    await panel.getByRole('button', { name: 'The candidate has been told and agreed' }).click();
    await expect.poll(() => guest().getAttribute('data-face-found'), { timeout: 30_000 }).toBe('yes');
    await guest().getByText(/Blinks: [1-9]\d*\/min/).waitFor({ timeout: 30_000 });
    expect(await panel.locator('[data-participant-key]').count()).toBe(2);
  });

  it('sent no request anywhere but the meeting page and its video', () => {
    expect(route.unexpected).toEqual([]);
  });
});
