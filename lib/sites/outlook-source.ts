import { mailSourceDraft, MAIL_SOURCE_EXPECTED } from '../mail/mail-source-draft';
import { readMessageHeaders, type MessageHeaders } from '../mail/read-message-headers';
import { readSourceText } from '../mail/read-source-text';
import { defineSiteAdapter, type SiteAdapter } from './define-site-adapter';
import { buildExtraction, queryAll, queryFirst, readField, type ObservationDraft } from './dom';

/**
 * Outlook on the web's message source (a message's ⋯ > View > View message source). It has no URL of
 * its own: it is a modal dialog over the mail app (outlook.office.com, outlook.office365.com,
 * outlook.live.com and outlook.cloud.microsoft, all under /mail/), showing the raw message. No real
 * dialog was available to save, so the fixtures are hand-made, and the selectors lean on what any
 * version of the dialog must have: ARIA's dialog role (Fluent UI marks modal dialogs
 * role="dialog" aria-modal="true") and content that reads as a message's header block with a sender
 * or an originating address. A dialog that does not read as one (settings, a draft) is never taken.
 */
const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);
// Mail views (not compose or settings), where a message and so its source dialog can be open.
const MAIL_PATH = /^\/mail(?:\/|$)/;
const NOT_A_MESSAGE_VIEW = /^\/mail\/(?:deeplink\/compose|options)(?:\/|$)/;

// Selectors, most semantic first; each comment names the fixtures that prove it.
const DIALOGS = [
  '[role="dialog"][aria-modal="true"]', // full, sparse, hostile
  '[role="dialog"]', // changed-layout
];
// A message's own HTML is shown in the reading pane, inside the page's content landmarks, and can
// imitate a dialog; the app's real dialogs are drawn in layers outside them. hostile proves it.
const CONTENT = 'main, [role="main"], article, [role="article"], [role="document"]';
// Inside a dialog: the element holding the source, else the dialog's own text.
const SOURCE_TEXT = ['pre']; // full, sparse, hostile; none in changed-layout (one element per line)

const ADAPTER = { id: 'outlook-source', label: 'Outlook (message source)' };

/**
 * The headers shown by the open dialog that holds a message source, if one is open. The last dialog
 * in the page wins: modal dialogs are drawn in a layer appended to the end of the body, after the
 * reading pane, and one inside the page's content (where a message's own HTML could imitate one)
 * is never taken.
 */
function sourceInDialog(document: Document): MessageHeaders | undefined {
  for (const selector of DIALOGS) {
    for (const dialog of queryAll(document, selector).reverse()) {
      if (dialog.parentElement?.closest(CONTENT)) continue;
      const raw = readSourceText(queryFirst(dialog, SOURCE_TEXT) ?? dialog);
      if (raw === undefined) continue;
      const headers = readMessageHeaders(raw);
      if (headers.from !== undefined || headers.originatingIp !== undefined || headers.xOriginatingIp !== undefined) return headers;
    }
  }
  return undefined;
}

const adapter = {
  ...ADAPTER,
  matches: [...HOSTS].map((host) => `https://${host}/mail/*`),
  exampleUrls: [
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hYjEyLTZkNDUtMDACLTAwCgAQAGT%2BNLi9fUQ%3D',
    'https://outlook.office365.com/mail/inbox',
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1hNjZlLTk4MjItMDACLTAwCgAQAF%2Fx9Q%3D%3D',
    'https://outlook.cloud.microsoft/mail/',
  ],
  counterExampleUrls: [
    'https://outlook.office.com/calendar/view/week',
    'https://outlook.live.com/people/0/',
    'https://outlook.office.com/mail/deeplink/compose?to=someone%40example.com',
    'https://outlook.office.com/mail/options/general/appearance',
    'https://outlook.office.com/mailbox',
    'https://outlook.live.com/owa/',
    'http://outlook.office.com/mail/inbox',
  ],
  detect: (url: URL) =>
    url.protocol === 'https:' && HOSTS.has(url.hostname) && MAIL_PATH.test(url.pathname) && !NOT_A_MESSAGE_VIEW.test(url.pathname),
  /**
   * Whether the page shows a candidate now: the URL is the whole mail app, so only an open source
   * dialog makes it a candidate page (SiteAdapter.present; read-page.ts asks it first).
   */
  present: (document: Document) => sourceInDialog(document) !== undefined,
  extract(document: Document, url: URL, now: number) {
    const problems: string[] = [];
    const headers = readField(problems, 'emails', () => sourceInDialog(document));
    const draft: ObservationDraft = headers ? mailSourceDraft(headers) : {};
    return buildExtraction({ adapter: ADAPTER, expected: MAIL_SOURCE_EXPECTED, url, now, draft, problems });
  },
} satisfies SiteAdapter;

export default defineSiteAdapter(adapter);
