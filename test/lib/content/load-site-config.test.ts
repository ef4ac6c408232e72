import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSiteConfig } from '../../../lib/content/load-site-config';
import { SETTINGS_KEY } from '../../../lib/settings/settings-schema';

beforeEach(() => fakeBrowser.reset());

describe('loadSiteConfig', () => {
  it.each([
    { name: 'nothing stored: no Workday class', stored: undefined, classes: [] },
    { name: 'the stored candidate classes', stored: { workdayCandidateClasses: ['3104', '871'] }, classes: ['3104', '871'] },
    { name: 'a stored worker class is refused, so none', stored: { workdayCandidateClasses: ['247'] }, classes: [] },
    { name: 'other settings stored: no Workday class', stored: { retentionDays: 30 }, classes: [] },
  ])('$name', async ({ stored, classes }) => {
    if (stored) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    await expect(loadSiteConfig()).resolves.toEqual({ workdayCandidateClasses: classes });
  });
});
