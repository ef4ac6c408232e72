/**
 * Layout of the in-page panel iframe. The panel page asks for a size with a `postMessage` to its
 * parent; the content script accepts it only from that iframe's window and our extension origin,
 * so page scripts cannot resize or hide it.
 */
export const PANEL_LAYOUT_MESSAGE = 'hireproof:panel-layout';
export const PANEL_WIDTH_PX = 380;
export const PANEL_COLLAPSED_HEIGHT_PX = 52;

export interface PanelLayoutMessage {
  type: typeof PANEL_LAYOUT_MESSAGE;
  collapsed: boolean;
}

export function isPanelLayoutMessage(data: unknown): data is PanelLayoutMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === PANEL_LAYOUT_MESSAGE &&
    typeof (data as { collapsed?: unknown }).collapsed === 'boolean'
  );
}

export function applyPanelLayout(wrapper: HTMLElement, iframe: HTMLIFrameElement, collapsed: boolean): void {
  Object.assign(wrapper.style, {
    position: 'fixed',
    top: '72px',
    right: '16px',
    zIndex: '2147483646',
    width: `${PANEL_WIDTH_PX}px`,
    height: collapsed ? `${PANEL_COLLAPSED_HEIGHT_PX}px` : 'min(640px, calc(100vh - 96px))',
    boxShadow: '0 4px 24px rgba(0,0,0,0.25)',
    borderRadius: '10px',
    overflow: 'hidden',
  });
  Object.assign(iframe.style, { width: '100%', height: '100%', border: '0', display: 'block', colorScheme: 'normal' });
  iframe.title = 'HireProof risk panel';
}
