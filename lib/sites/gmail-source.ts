import { mailSourceDraft, MAIL_SOURCE_EXPECTED } from '../mail/mail-source-draft';
import { readMessageHeaders } from '../mail/read-message-headers';
import { readSourceText } from '../mail/read-source-text';
import { defineSiteAdapter } from './define-site-adapter';
import { buildExtraction, queryFirst, readField } from './dom';

/**
 * Gmail's "Show original" page (⋮ > Show original), a page of its own at
 * mail.google.com/mail/u/<n>/?ik=…&view=om&permmsgid=msg-f:… (or &th=<hex> in older links). Above a
 * summary table (Message ID, Created at, From, To, Subject, SPF, DKIM, DMARC) it shows the whole raw
 * message in `<pre class="raw_message_text" id="raw_message_text">`, as scripts and extensions that
 * read this page rely on. Only the raw message is read: it is what the sender's software and servers
 * wrote, while the table is Gmail's rendering of it. No real page was available to save, so the
 * fixtures are hand-made after that structure, with messages built for them.
 */
const ACCOUNT_PATH = /^\/mail(?:\/u\/\d{1,2})?\/?$/;

// Selectors, most semantic first; each comment names the fixtures that prove it.
const RAW_MESSAGE = [
  'pre#raw_message_text', // full, sparse, hostile
  '.raw_message_text', // changed-layout (a div, one element per line)
  'pre', // changed-layout-bare-pre
];

const ADAPTER = { id: 'gmail-source', label: 'Gmail (show original)' };

export default defineSiteAdapter({
  ...ADAPTER,
  // Browsers match a pattern's path against path and query, so "/mail/*view=om*" would keep the
  // content script out of the rest of Gmail; the URL matrix test's MatchPattern reads the path only,
  // so the pattern is the whole /mail/ path and `detect` picks the view=om pages.
  matches: ['https://mail.google.com/mail/*'],
  exampleUrls: [
    'https://mail.google.com/mail/u/0/?ik=3f9a1c2b7d&view=om&permmsgid=msg-f:1839743770647179390',
    'https://mail.google.com/mail/u/1/?ui=2&ik=3f9a1c2b7d&view=om&th=18c1234567890abc',
    'https://mail.google.com/mail/u/0?ik=3f9a1c2b7d&view=om&permmsgid=msg-f%3A1618217983817212046',
  ],
  counterExampleUrls: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMJfPzXkRbBXqZgXqLwLwWrS',
    'https://mail.google.com/mail/u/0/#search/view%3Dom',
    'https://mail.google.com/mail/u/0/?ik=3f9a1c2b7d&view=pt&search=all&permthid=thread-f:1839743770647179390',
    'https://mail.google.com/mail/u/0/?ui=2&ik=3f9a1c2b7d&view=att&th=18c1234567890abc&attid=0.1&disp=safe',
    'https://mail.google.com/mail/u/0/?view=omni',
    'https://mail.google.com/chat/u/0/?view=om',
    'http://mail.google.com/mail/u/0/?ik=3f9a1c2b7d&view=om&permmsgid=msg-f:1839743770647179390',
  ],
  detect: (url) =>
    url.protocol === 'https:' && url.hostname === 'mail.google.com' && ACCOUNT_PATH.test(url.pathname) && url.searchParams.get('view') === 'om',
  extract(document, url, now) {
    const problems: string[] = [];
    const raw = readField(problems, 'emails', () => readSourceText(queryFirst(document, RAW_MESSAGE)));
    const headers = raw === undefined ? undefined : readField(problems, 'emails', () => readMessageHeaders(raw));
    const draft = headers ? mailSourceDraft(headers) : {};
    return buildExtraction({ adapter: ADAPTER, expected: MAIL_SOURCE_EXPECTED, url, now, draft, problems });
  },
});
