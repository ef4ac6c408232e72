// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messageFingerprint, readPage } from '../../../lib/content/read-page';
import { NO_SITE_CONFIG, type SiteAdapter, type SiteConfig } from '../../../lib/sites/define-site-adapter';
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

const WORKDAY_CANDIDATE = 'https://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld';
const workdayClasses = (...classes: string[]): SiteConfig => ({ workdayCandidateClasses: classes });

describe('readPage', () => {
  const cases: Array<[string, readonly SiteAdapter[], string, string, SiteConfig?]> = [
    ['a GitHub profile is observed', siteAdapters, 'https://github.com/octo-dev', 'observe'],
    ['a GitHub repository is not a candidate', siteAdapters, 'https://github.com/octo-dev/tools', 'left-candidate'],
    ['a LinkedIn feed is not a candidate', siteAdapters, 'https://www.linkedin.com/feed/', 'left-candidate'],
    ['an adapter that throws is reported as unreadable, not a crash', [throwing], 'https://github.com/octo-dev', 'left-candidate'],
    // Outlook's URL is the whole mail app: only an open message-source dialog is a candidate page.
    ['Outlook without a message-source dialog is not a candidate', siteAdapters, 'https://outlook.office.com/mail/inbox', 'left-candidate'],
    ['an adapter whose check says a candidate is shown is read', [{ ...throwing, present: () => true, extract: siteAdapters.find((a) => a.id === 'github')!.extract }], 'https://github.com/octo-dev', 'observe'],
    ['an adapter whose check says none is shown is not read at all', [{ ...throwing, present: () => false }], 'https://github.com/octo-dev', 'left-candidate'],
    // Workday addresses do not say what a page shows: the organisation's configuration does.
    ['a Workday page of a class nobody configured is not a candidate', siteAdapters, WORKDAY_CANDIDATE, 'left-candidate'],
    ['a Workday page of the configured candidate class is observed', siteAdapters, WORKDAY_CANDIDATE, 'observe', workdayClasses('3104')],
    ['other sites are read the same with a configuration', siteAdapters, 'https://github.com/octo-dev', 'observe', workdayClasses('3104')],
  ];
  it.each(cases)('%s', (_name, adapters, href, type, config = NO_SITE_CONFIG) => {
    const message = readPage(adapters, page('<h1>Someone</h1>'), href, 1000, config);
    expect(message.type).toBe(type);
  });
});

describe('messageFingerprint', () => {
  it('ignores the time of reading but not the content', () => {
    const doc = page('<span itemprop="name">Ada Byron</span>');
    const a = readPage(siteAdapters, doc, 'https://github.com/ada', 1000, NO_SITE_CONFIG);
    const b = readPage(siteAdapters, doc, 'https://github.com/ada', 9000, NO_SITE_CONFIG);
    const c = readPage(siteAdapters, doc, 'https://github.com/ada-2', 9000, NO_SITE_CONFIG);
    expect(messageFingerprint(a)).toBe(messageFingerprint(b));
    expect(messageFingerprint(a)).not.toBe(messageFingerprint(c));
  });
});
