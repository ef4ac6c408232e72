import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { TabStateSchema, tabStateKey, type TabState } from '../messaging';

/** The background's record of what the tab shows, kept live from `storage.session`. */
export function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabStateKey(tabId);
    let cancelled = false;
    const accept = (value: unknown) => {
      const parsed = TabStateSchema.safeParse(value);
      if (!cancelled) setState(parsed.success ? parsed.data : undefined);
    };
    void browser.storage.session.get(key).then((items) => accept(items[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) accept(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      cancelled = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return state;
}
