/**
 * The network guard's rule: a request may go only to the worker's own origin (the extension's
 * chrome-extension:// or moz-extension:// origin, which is the installed package itself). A relative
 * URL resolves against the worker's own URL; a blob: URL counts as the origin that made it. data:
 * URLs and anything that does not parse are refused: nothing the landmarker needs looks like that.
 *
 * Origins are compared as scheme and host rather than through `URL.origin`, which the URL standard
 * leaves "null" for schemes it does not know, such as chrome-extension: outside the browser.
 */
export function isSameOrigin(url: string, ownUrl: string): boolean {
  try {
    const own = new URL(ownUrl);
    let target = new URL(url, own);
    if (target.protocol === 'blob:') target = new URL(target.pathname);
    return target.host !== '' && target.protocol === own.protocol && target.host === own.host;
  } catch {
    return false;
  }
}
