import { describe, expect, it } from 'vitest';
import workday from '../../../lib/sites/workday';
import { parsePage } from './parse-page';

const URL_ = 'https://wd5.myworkday.com/northwind/d/inst/1$0/0$48213.htmld';

// The fixtures cover the field rows; these are the page header's edges.
describe('workday: the name from the page header', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['a trailing reference number is dropped', 'Mei Lin Chen (C0048213)', 'Mei Lin Chen'],
    ['brackets without a digit are part of the name', 'Mei Lin Chen (Lin)', 'Mei Lin Chen (Lin)'],
    ['only a trailing reference', 'Mei (C1) Chen', 'Mei (C1) Chen'],
    ['no header', '', undefined],
  ];
  it.each(cases)('%s', (_label, header, name) => {
    const body = header ? `<h2 data-automation-id="pageHeaderTitleText">${header}</h2>` : '';
    const document = parsePage(`<html><head><title>Workday</title></head><body><main>${body}</main></body></html>`, URL_);
    expect(workday.extract(document, new URL(URL_), 0).observation.names[0]).toBe(name);
  });
});

// Workday addresses do not say what a page shows: only the classes the organisation named are claimed.
describe('workday: detect follows the configured candidate classes', () => {
  const CANDIDATE = 'https://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld';
  const cases: Array<[string, string, readonly string[] | undefined, boolean]> = [
    ['no configuration: nothing is claimed', CANDIDATE, undefined, false],
    ['no class configured: nothing is claimed', CANDIDATE, [], false],
    ['a configured class is claimed', CANDIDATE, ['3104'], true],
    ['one of several configured classes is claimed', CANDIDATE, ['871', '3104'], true],
    ['another class on the same tenant is not', 'https://wd5.myworkday.com/northwind/d/inst/1$0/5120$48213.htmld', ['3104'], false],
    ['a class id is matched whole, not as a prefix', 'https://wd5.myworkday.com/northwind/d/inst/1$0/31040$48213.htmld', ['3104'], false],
    ['a worker is never claimed, even if configured', 'https://wd5.myworkday.com/northwind/d/inst/1$37/247$14923.htmld', ['247'], false],
    ['an action on a configured class is not its profile', 'https://wd5.myworkday.com/northwind/d/inst/3104$48213/rel-task/2998$10955.htmld', ['3104'], false],
    ['plain http is not claimed', 'http://wd5.myworkday.com/northwind/d/inst/1$0/3104$48213.htmld', ['3104'], false],
    ['a look-alike host is not claimed', 'https://wd5.myworkday.com.evil.example/northwind/d/inst/1$0/3104$48213.htmld', ['3104'], false],
  ];
  it.each(cases)('%s', (_label, url, classes, claimed) => {
    const config = classes === undefined ? undefined : { workdayCandidateClasses: classes };
    expect(workday.detect(new URL(url), config)).toBe(claimed);
  });

  it('the candidate id keeps tenant, class and instance, whatever is configured', () => {
    const document = parsePage('<html><body><main></main></body></html>', CANDIDATE);
    expect(workday.extract(document, new URL(CANDIDATE), 0).observation.siteCandidateId).toBe('northwind/3104$48213');
  });
});
