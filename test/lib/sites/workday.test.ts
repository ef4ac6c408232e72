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
