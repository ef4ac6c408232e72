import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { PANEL_PORT_NAME, type PanelActionInput, type PanelMessage, type PanelSnapshot } from './protocol';

type Port = ReturnType<typeof browser.runtime.connect>;
type Pending = Map<string, { resolve: (message: string | undefined) => void; reject: (e: Error) => void }>;

/** A background service worker can be stopped at any time; reconnect after this long. */
const RECONNECT_MS = 500;

/**
 * Keeps a Port to the background subscribed to `tabId`'s snapshot, reconnecting when the
 * background restarts. `perform` sends an action and settles when the background answers.
 */
export function usePanelConnection(tabId: number | undefined) {
  const [snapshot, setSnapshot] = useState<PanelSnapshot>({ state: 'loading', notes: [] });
  const port = useRef<Port | undefined>(undefined);
  const pending = useRef<Pending>(new Map());

  useEffect(() => {
    if (tabId === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const p = browser.runtime.connect({ name: PANEL_PORT_NAME });
      port.current = p;
      p.onMessage.addListener((raw: unknown) => {
        const message = raw as PanelMessage; // sent by our own background, over our own Port
        if (message.type === 'snapshot') setSnapshot(message.snapshot);
        else settle(pending.current, message);
      });
      p.onDisconnect.addListener(() => {
        port.current = undefined;
        for (const { reject } of pending.current.values()) reject(new Error('The extension restarted; please try again.'));
        pending.current.clear();
        if (!stopped) timer = setTimeout(connect, RECONNECT_MS);
      });
      p.postMessage({ type: 'subscribe', tabId });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      port.current?.disconnect();
    };
  }, [tabId]);

  /** Resolves with the background's message about what it did, when it sent one. */
  const perform = useCallback((action: PanelActionInput): Promise<string | undefined> => {
    const p = port.current;
    if (!p) return Promise.reject(new Error('Not connected to the extension yet; please try again.'));
    const requestId = crypto.randomUUID();
    return new Promise<string | undefined>((resolve, reject) => {
      pending.current.set(requestId, { resolve, reject });
      p.postMessage({ ...action, requestId });
    });
  }, []);

  return { snapshot, perform };
}

function settle(pending: Pending, message: Extract<PanelMessage, { type: 'action-result' }>): void {
  const waiter = pending.get(message.requestId);
  pending.delete(message.requestId);
  if (!waiter) return;
  if (message.ok) waiter.resolve(message.message);
  else waiter.reject(new Error(message.error));
}
