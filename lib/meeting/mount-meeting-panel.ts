import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { applyPanelLayout } from '../content/panel-frame';
import type { PanelMessage } from './bridge-protocol';
import { answerBridgeKey } from './bridge-key';
import type { PanelHandle } from './call-session';
import { openBridge } from './open-bridge';

/** The panel page WXT builds from entrypoints/meeting-panel/. */
export const MEETING_PANEL_PAGE = '/meeting-panel.html';
export const MEETING_PANEL_TITLE = 'HireProof liveness panel';

/**
 * Mounts the meeting panel (an extension-origin iframe, laid out like the job-site panel) and opens
 * its channel. A fresh key per mount: a panel can only ever take the port meant for it.
 */
export function mountMeetingPanel(ctx: ContentScriptContext, onMessage: (message: PanelMessage) => void): PanelHandle {
  const key = crypto.randomUUID();
  const ui = createIframeUi(ctx, {
    page: MEETING_PANEL_PAGE,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount: (wrapper, iframe) => {
      applyPanelLayout(wrapper, iframe, false);
      iframe.title = MEETING_PANEL_TITLE;
    },
  });
  ui.mount();
  const removeKeyAnswer = answerBridgeKey(() => key, browser.runtime.getURL(MEETING_PANEL_PAGE));
  // Right after mount, before the iframe can have loaded: the bridge hands its port over on `load`.
  const bridge = openBridge({ iframe: ui.iframe, targetOrigin: browser.runtime.getURL('/').slice(0, -1), key, onMessage });
  return {
    post: bridge.post,
    frames: bridge.frames,
    setCollapsed: (collapsed) => {
      applyPanelLayout(ui.wrapper, ui.iframe, collapsed);
      ui.iframe.title = MEETING_PANEL_TITLE;
    },
    remove: () => {
      bridge.close();
      removeKeyAnswer();
      ui.remove();
    },
  };
}
