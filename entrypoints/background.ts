import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { handleContentMessage } from '@/lib/background/handle-content-message';
import { installBundledLists } from '@/lib/background/bundled-lists';
import { handlePageMessage, reassessOpenCandidates } from '@/lib/background/handle-page-message';
import { setActiveSettings } from '@/lib/settings/active-settings';
import { loadSettings, onSettingsChanged } from '@/lib/settings/settings-store';
import { loadActiveLists } from '@/lib/background/load-lists';
import { openDatabase } from '@/lib/db/database';
import { tabStateKey } from '@/lib/messaging';
import { serveMeeting } from '@/lib/background/serve-meeting';
import { servePanel } from '@/lib/background/serve-panel';
import { MEETING_PORT_NAME } from '@/lib/meeting/record-protocol';
import { startSubscriptions } from '@/lib/background/subscriptions-scheduler';
import { startRetention } from '@/lib/background/retention-scheduler';
import { startSummaryBandsBackfill } from '@/lib/background/summary-bands-backfill';
import { PANEL_PORT_NAME } from '@/lib/panel/protocol';

export default defineBackground(() => {
  // zod's JIT probe uses `new Function`, which the extension CSP forbids.
  z.config({ jitless: true });
  const db = openDatabase();

  // Checks wait for the settings, the bundled lists and the index of enabled lists; a failure to load
  // them leaves the list checks skipped rather than blocking every other check.
  const listsReady = Promise.all([
    loadSettings().then(setActiveSettings),
    installBundledLists(db, Date.now()).catch(() => false),
  ])
    .then(() => loadActiveLists(db))
    .catch(() => undefined);
  onSettingsChanged(() => {
    void loadSettings()
      .then(setActiveSettings)
      .then(() => reassessOpenCandidates(db, Date.now()));
  });

  // Dexie promises are not native Promises and would reach the sender as undefined: keep this async.
  browser.runtime.onMessage.addListener(async (message, sender) => {
    await listsReady;
    if (sender.tab === undefined || sender.url?.startsWith(browser.runtime.getURL('/'))) {
      return handlePageMessage(db, message, sender, Date.now());
    }
    return handleContentMessage(db, message, sender, Date.now());
  });

  // List subscriptions: alarms per configured URL; nothing is fetched while none is configured.
  startSubscriptions(db);

  // Retention: candidates not seen for `retentionDays` are deleted daily and at browser start-up.
  startRetention(db, { ready: listsReady });

  // Summaries stored before database version 7 are filed under their bands in batches, resuming
  // wherever the last worker stopped; until then a lookup misses those not filed yet.
  void startSummaryBandsBackfill(db, { ready: listsReady });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PANEL_PORT_NAME) servePanel(db, port);
    else if (port.name === MEETING_PORT_NAME) serveMeeting(db, port);
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabStateKey(tabId)));

  // Chrome: the toolbar button opens the side panel with the same view as the in-page panel.
  if (import.meta.env.BROWSER !== 'firefox') {
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  }
});
