import { browser } from 'wxt/browser';

/** The part of a runtime Port the background's servers use (a real Port satisfies it); tests pass their own. */
export interface ExtensionPort<Out> {
  sender?: { id?: string; url?: string };
  postMessage: (message: Out) => void;
  onMessage: { addListener: (listener: (message: unknown) => void) => void };
  onDisconnect: { addListener: (listener: () => void) => void };
}

/**
 * Only the extension's own pages may hold these ports: a content script (same extension id, but a
 * web page's URL) must not read stored candidates or write on their behalf.
 */
export function isFromExtensionPage(port: Pick<ExtensionPort<never>, 'sender'>): boolean {
  return port.sender?.id === browser.runtime.id && port.sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

/** Posts unless the other end has gone (its disconnect cleans up). */
export function postQuietly<Out>(port: ExtensionPort<Out>, message: Out): void {
  try {
    port.postMessage(message);
  } catch {
    // The page went away between the work and the post.
  }
}
