import { browser } from 'wxt/browser';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod';
import { loadSiteConfig } from '@/lib/content/load-site-config';
import { applyPanelLayout, isPanelLayoutMessage } from '@/lib/content/panel-frame';
import { watchPage } from '@/lib/content/watch-page';
import type { ContentMessage } from '@/lib/messaging';
import { onSettingsChanged } from '@/lib/settings/settings-store';
import { siteAdapters } from '@/lib/sites';

export default defineContentScript({
  matches: siteAdapters.flatMap((adapter) => adapter.matches),
  runAt: 'document_idle',
  main(ctx) {
    // zod's JIT probe would show up as a CSP violation in the page's own reports.
    z.config({ jitless: true });
    let panel: IframeContentScriptUi<void> | undefined;

    const showPanel = () => {
      if (panel) return;
      panel = createIframeUi(ctx, {
        page: '/panel.html',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount: (wrapper, iframe) => applyPanelLayout(wrapper, iframe, false),
      });
      panel.mount();
    };

    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      if (!panel || event.source !== panel.iframe.contentWindow) return;
      if (event.origin !== new URL(browser.runtime.getURL('/')).origin || !isPanelLayoutMessage(event.data)) return;
      applyPanelLayout(panel.wrapper, panel.iframe, event.data.collapsed);
    });

    let latest = 0;
    const onMessage = (message: ContentMessage) => {
      const seq = ++latest;
      if (message.type !== 'observe' && panel) {
        panel.remove();
        panel = undefined;
      }
      // The panel is mounted once the background has the assessment: loading it meanwhile would only
      // compete with the checks for the CPU. A failed send (the background restarting) still shows
      // the panel, which reports the state; the next page change retries.
      const sent = browser.runtime.sendMessage(message).catch(() => undefined);
      // Only if the tab has not moved on (to a feed, another profile) while the send was pending.
      if (message.type === 'observe') void sent.then(() => seq === latest && showPanel());
    };

    // The settings first: which Workday pages are candidates is the organisation's to say, and a
    // reading without it would report a candidate's page as left. A change (a class added on the
    // options page, a new policy) re-reads the page, so the panel appears or goes without a reload.
    void loadSiteConfig().then((config) => {
      if (ctx.isInvalid) return;
      const watch = watchPage(ctx, siteAdapters, config, onMessage);
      const stopWatchingSettings = onSettingsChanged(() => void loadSiteConfig().then(watch.setConfig));
      ctx.onInvalidated(stopWatchingSettings);
    });
  },
});
