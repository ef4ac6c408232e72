import { browser } from 'wxt/browser';
import { BRIDGE_KEY_REQUEST, BridgeKeyReplySchema, BridgeKeyRequestSchema } from './bridge-protocol';

/**
 * The panel accepts its port only with the key our content script made for it. Page scripts share
 * the panel's parent window and could post a port of their own first; they cannot read the key,
 * which the panel asks for through the extension (tabs.sendMessage reaches only our content script,
 * and only our extension's pages can send it). JSON-sized, never frames.
 */

/** Content script side: answers our panel's request with the current key. Returns the remover. */
export function answerBridgeKey(currentKey: () => string | undefined, panelUrl: string): () => void {
  const listener = (message: unknown, sender: { id?: string; url?: string }) => {
    const key = currentKey();
    if (!BridgeKeyRequestSchema.safeParse(message).success || key === undefined) return undefined;
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(panelUrl)) return undefined;
    return Promise.resolve({ key });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Panel side: the key of the content script in the tab this panel is shown in (top frame only). */
export async function requestBridgeKey(): Promise<string> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The panel is not inside a meeting tab.');
  const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: BRIDGE_KEY_REQUEST }, { frameId: 0 });
  return BridgeKeyReplySchema.parse(reply).key;
}
