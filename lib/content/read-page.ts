import type { ContentMessage } from '../messaging';
import type { SiteAdapter, SiteConfig } from '../sites/define-site-adapter';
import { findSiteAdapter } from '../sites';

/**
 * What the content script should tell the background about the page as it is now: an observation
 * when an adapter recognises a candidate page (given what the organisation configured, `config`),
 * `left-candidate` otherwise. Never throws: an adapter that fails is reported as a page nobody could
 * read, so the panel says so instead of going blank.
 */
export function readPage(
  adapters: readonly SiteAdapter[],
  document: Document,
  href: string,
  now: number,
  config: SiteConfig,
): ContentMessage {
  const url = new URL(href);
  const adapter = findSiteAdapter(url, adapters, config);
  if (!adapter) return { type: 'left-candidate', pageUrl: href };
  try {
    if (adapter.present && !adapter.present(document)) return { type: 'left-candidate', pageUrl: href };
    const { observation, health } = adapter.extract(document, url, now);
    return { type: 'observe', observation, health };
  } catch {
    return { type: 'left-candidate', pageUrl: href };
  }
}

/** Identity of a message apart from its timestamp, so an unchanged page is not re-sent. */
export function messageFingerprint(message: ContentMessage): string {
  if (message.type === 'left-candidate') return `left|${message.pageUrl}`;
  const { observedAt: _ignored, ...rest } = message.observation;
  return JSON.stringify([rest, message.health]);
}
