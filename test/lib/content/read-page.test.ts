// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messageFingerprint, readPage } from '../../../lib/content/read-page';
import type { SiteAdapter } from '../../../lib/sites/define-site-adapter';
import { siteAdapters } from '../../../lib/sites';

const throwing: SiteAdapter = {
  ...siteAdapters[0]!,
  id: 'broken',
  detect: () => true,
  extract: () => {
    throw new Error('layout surprise');
  },
};

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('readPage', () => {
  const cases: Array<[string, readonly SiteAdapter[], string, string]> = [
    ['a GitHub profile is observed', siteAdapters, 'https://github.com/octo-dev', 'observe'],
    ['a GitHub repository is not a candidate', siteAdapters, 'https://github.com/octo-dev/tools', 'left-candidate'],
    ['a LinkedIn feed is not a candidate', siteAdapters, 'https://www.linkedin.com/feed/', 'left-candidate'],
    ['an adapter that throws is reported as unreadable, not a crash', [throwing], 'https://github.com/octo-dev', 'left-candidate'],
    // Outlook's URL is the whole mail app: only an open message-source dialog is a candidate page.
    ['Outlook without a message-source dialog is not a candidate', siteAdapters, 'https://outlook.office.com/mail/inbox', 'left-candidate'],
    ['an adapter whose check says a candidate is shown is read', [{ ...throwing, present: () => true, extract: siteAdapters.find((a) => a.id === 'github')!.extract }], 'https://github.com/octo-dev', 'observe'],
    ['an adapter whose check says none is shown is not read at all', [{ ...throwing, present: () => false }], 'https://github.com/octo-dev', 'left-candidate'],
  ];
  it.each(cases)('%s', (_name, adapters, href, type) => {
    const message = readPage(adapters, page('<h1>Someone</h1>'), href, 1000);
    expect(message.type).toBe(type);
  });
});

describe('messageFingerprint', () => {
  it('ignores the time of reading but not the content', () => {
    const doc = page('<span itemprop="name">Ada Byron</span>');
    const a = readPage(siteAdapters, doc, 'https://github.com/ada', 1000);
    const b = readPage(siteAdapters, doc, 'https://github.com/ada', 9000);
    const c = readPage(siteAdapters, doc, 'https://github.com/ada-2', 9000);
    expect(messageFingerprint(a)).toBe(messageFingerprint(b));
    expect(messageFingerprint(a)).not.toBe(messageFingerprint(c));
  });
});
