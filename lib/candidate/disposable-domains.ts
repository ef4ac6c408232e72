import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';

// The package's own isDisposableEmailDomain rebuilds its Set (~100k entries) on every call, so the Set
// is built once, on first use, and kept.
let blocklist: Set<string> | undefined;

/**
 * True when `domain` or any parent domain of it is on the disposable-mail list
 * (https://github.com/disposable-email-domains/disposable-email-domains via disposable-email-domains-js):
 * `x.mailinator.com` matches because `mailinator.com` is listed. Top-level domains alone never match.
 */
export function isDisposableEmailDomain(domain: string): boolean {
  blocklist ??= disposableEmailBlocklistSet();
  const labels = domain.trim().toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i + 1 < labels.length; i++) {
    if (blocklist.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}
