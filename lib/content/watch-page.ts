import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '../messaging';
import type { SiteAdapter, SiteConfig } from '../sites/define-site-adapter';
import { messageFingerprint, readPage } from './read-page';

/** DOM changes come in bursts while a single-page app renders; read once the burst settles. */
export const REREAD_DEBOUNCE_MS = 400;
export const FIRST_READ_MAX_WAIT_MS = 300;

export interface PageWatch {
  /** The organisation's configuration changed: the page is read again with it (debounced). */
  setConfig: (config: SiteConfig) => void;
}

/**
 * Reads the page now, again after in-page navigation (`wxt:locationchange`), after DOM changes
 * (debounced) and after the configuration changes, and hands each changed result to `onMessage`.
 * Never blocks the page: reads happen in timers, never inside the mutation callback.
 */
export function watchPage(
  ctx: ContentScriptContext,
  adapters: readonly SiteAdapter[],
  config: SiteConfig,
  onMessage: (message: ContentMessage) => void,
): PageWatch {
  let current = config;
  let last = '';
  let timer: number | undefined;
  const read = () => {
    timer = undefined;
    const message = readPage(adapters, document, location.href, Date.now(), current);
    const fingerprint = messageFingerprint(message);
    if (fingerprint === last) return;
    last = fingerprint;
    onMessage(message);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(read, REREAD_DEBOUNCE_MS);
  };

  // The first read waits for the page to go idle (at most FIRST_READ_MAX_WAIT_MS): the site finishes
  // its own loading first, and the checks then run without competing with it for the CPU.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(read, { timeout: FIRST_READ_MAX_WAIT_MS });
  else read();
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    setConfig: (next) => {
      current = next;
      schedule();
    },
  };
}
