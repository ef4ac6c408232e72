import { browser } from 'wxt/browser';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod';
import { applyPanelLayout, isPanelLayoutMessage } from '@/lib/content/panel-frame';
import { watchPage } from '@/lib/content/watch-page';
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
    watchPage(ctx, siteAdapters, (message) => {
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
    });
  },
});
