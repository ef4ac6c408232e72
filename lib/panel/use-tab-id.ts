import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab whose candidate the panel shows. In the in-page iframe that is the tab it lives in; in the
 * browser side panel it is the active tab of the panel's window, followed as the recruiter switches.
 */
export function useTabId(): number | undefined {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    let cancelled = false;
    const inPage = window.top !== window;
    const refresh = async () => {
      const tab = inPage ? await browser.tabs.getCurrent() : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!cancelled) setTabId(tab?.id);
    };
    void refresh();
    if (inPage) return () => void (cancelled = true);
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, info: { status?: string }) => info.status === 'complete' && void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tabId;
}
