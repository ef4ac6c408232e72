/**
 * Which URLs a list subscription may fetch from. https everywhere: a list changes what recruiters
 * see, so it must not be swappable on the wire (the signature protects the content, https also
 * hides which lists an organisation follows). Plain http is allowed only on this machine, so a
 * local list server and the tests work without certificates.
 *
 * `[::1]` is not offered: the extension's CSP (wxt.config.ts connect-src) cannot name an IPv6
 * literal, so a fetch to it would be blocked however the setting read.
 */

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1'];

export const SUBSCRIPTION_URL_RULE = 'expected an https:// URL (plain http:// only for localhost or 127.0.0.1)';

export function isAllowedSubscriptionUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  // Credentials in a URL would be stored in settings and sent on every refresh.
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname);
}

/** The origin pattern a host permission for `text` is requested and checked with ("https://lists.example/*"). */
export function originPattern(text: string): string {
  const url = new URL(text);
  // Match patterns carry no port; Chrome matches any port when none is given.
  return `${url.protocol}//${url.hostname}/*`;
}
