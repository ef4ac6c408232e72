import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { loadMeetingFixture, routeMeeting, stillVideoWebm, withVideoSources } from './meeting-fixtures';
import { waitForExtensionFrame, waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * From the call to the record: the recruiter has the candidate's Greenhouse profile open in one tab
 * and the Jitsi interview in another, where the guest's camera is a still photo played as video. The
 * meeting panel reports the picture frozen and no blinks; the recruiter links the guest to the
 * candidate; the candidate's risk panel then shows the replay signal from that interview.
 */

const GUEST = '3f9a2c1d';
const MEETING = loadMeetingFixture('jitsi', 'one-to-one');
const PROFILE = loadSiteFixture('greenhouse', 'full');

let browser: ExtensionBrowser;
let videosDir: string;
let profile: Page;
let call: Page;
let meetingPanel: Frame;

const guestRow = () => meetingPanel.locator(`[data-participant-key="${GUEST}"]`);

beforeAll(async () => {
  videosDir = mkdtempSync(path.join(tmpdir(), 'hireproof-still-'));
  const still = stillVideoWebm('liveportrait_driving_d9', videosDir);
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [PROFILE]);
  // The recruiter's own tile stays without video: the other e2e test shows it is never sampled.
  await routeMeeting(browser.context, { ...MEETING, html: withVideoSources(MEETING.html, { 'ana-camera': '/__faces/guest.webm' }) }, { '/__faces/guest.webm': still }, { ownOriginOnly: true });
  profile = await browser.context.newPage();
  await profile.goto(PROFILE.url);
  await waitForPanel(profile, browser.extensionId);
  call = await browser.context.newPage();
  await call.goto(MEETING.url);
  meetingPanel = await waitForExtensionFrame(call, browser.extensionId, 'meeting-panel.html');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (videosDir) rmSync(videosDir, { recursive: true, force: true });
});

describe('a still photo in an interview, saved on the candidate', () => {
  it('the meeting panel reports the picture frozen and no blinks', async () => {
    await meetingPanel.getByRole('checkbox', { name: /read the notice/i }).check();
    await meetingPanel.getByRole('button', { name: 'The candidate has been told and agreed' }).click();
    await expect.poll(() => guestRow().getAttribute('data-face-found'), { timeout: 30_000 }).toBe('yes');
    await guestRow().getByText(/the picture stood still for up to \d+ s/).waitFor({ timeout: 30_000 });
    // A rate needs 4 s of readable eyes; then it is measured, and it is zero.
    await guestRow().getByText(/Blinks: \d+\/min/).waitFor({ timeout: 30_000 });
    expect(await guestRow().textContent()).toMatch(/Blinks: 0\/min/);
  });

  it('links the guest to the candidate whose profile is open, and saves the summary', async () => {
    await guestRow().getByRole('button', { name: 'Link to a candidate…' }).click();
    const picker = guestRow().getByRole('group', { name: 'Link to a stored candidate' });
    // The call's name is searched first; it is not the stored name, so nothing matches.
    await picker.getByText('No stored candidate matches').waitFor({ timeout: 10_000 });
    await picker.getByRole('searchbox').fill('morgan');
    const choice = picker.getByRole('button', { name: /Morgan Reyes/ });
    await choice.waitFor({ timeout: 10_000 });
    expect(await choice.textContent()).toContain('Open in a tab');
    await choice.click();
    await expect.poll(() => guestRow().locator('.hp-link').getAttribute('data-link-state'), { timeout: 15_000 }).toBe('saved');
    expect(await guestRow().locator('.hp-link').textContent()).toContain('Summary saved to Morgan Reyes');
  });

  it("the candidate's risk panel shows the replay signal from the interview", async () => {
    const panel = await waitForPanel(profile, browser.extensionId);
    const replay = panel.locator('[data-signal-id="liveness-video-replay"]');
    await expect.poll(() => replay.getAttribute('data-status'), { timeout: 15_000 }).toBe('hit');
    expect(await replay.textContent()).toContain('Jitsi');
  });

  it('unlinking takes the summary off the candidate again', async () => {
    await guestRow().getByRole('button', { name: 'Unlink (removes the saved summary)' }).click();
    await guestRow().getByRole('button', { name: 'Link to a candidate…' }).waitFor();
    const panel = await waitForPanel(profile, browser.extensionId);
    await expect.poll(() => panel.locator('[data-signal-id="liveness-video-replay"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('skip');
  });
});
