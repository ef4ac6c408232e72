import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { waitForPanel } from './panel-frame';
import { loadSiteFixture, routeSiteFixtures } from './site-fixtures';

/**
 * The review pages' exports in the built extension: the queue as CSV, a case report (opened and
 * printed to PDF as a file of its own), false-positive feedback, and the audit log, where each
 * export shows up and can itself be exported.
 */
let browser: ExtensionBrowser;
const fixture = loadSiteFixture('greenhouse', 'full');
const NAME = 'Morgan Reyes';

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
  await routeSiteFixtures(browser.context, [fixture]);
});
afterAll(async () => browser?.close());

/** Clicks `button` and returns the saved file's name and bytes. */
async function download(page: Page, name: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download') as Promise<Download>, page.getByRole('button', { name, exact: true }).click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('HR review exports', () => {
  it('queue CSV, case report, feedback and the audit log, each export audited', async () => {
    // A recruiter flags the applicant, so the queue has someone.
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const panel = await waitForPanel(page, browser.extensionId);
    await panel.getByLabel('Reason for HR review').fill('=HYPERLINK("http://evil.test") <script>x</script>');
    await panel.getByRole('button', { name: 'Flag for HR review' }).click();
    await panel.getByText('Flagged for HR review').waitFor();

    const review = await browser.context.newPage();
    await review.goto(`chrome-extension://${browser.extensionId}/review.html#/`);
    await review.getByRole('heading', { name: 'HR review queue' }).waitFor();
    await review.getByLabel('Your name on exports').fill('E2E Reviewer');
    await review.getByRole('listbox', { name: 'Applicants to review' }).getByRole('option', { name: new RegExp(NAME) }).waitFor();
    await expect.poll(() => review.getByRole('button', { name: 'Export CSV' }).isEnabled(), { timeout: 20_000 }).toBe(true);

    // Queue CSV: BOM, the applicant, and the flag reason defused as text.
    const csv = await download(review, 'Export CSV');
    expect(csv.fileName).toMatch(/^hireproof-review-queue-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText).toContain(NAME);
    expect(csvText).toContain(`"'=HYPERLINK(""http://evil.test"") <script>x</script>"`);

    // False-positive feedback: the documented format.
    const feedback = await download(review, 'Export false-positive feedback');
    expect(JSON.parse(feedback.bytes.toString('utf8'))).toMatchObject({ format: 'hireproof-false-positive-feedback', version: 1, generatedBy: 'E2E Reviewer' });

    // The case report: self-contained, no script, and it prints.
    await review.getByLabel('Search names and e-mails').fill('morgan');
    const list = review.getByRole('listbox', { name: 'Applicants to review' });
    await list.focus();
    await review.keyboard.press('Enter');
    await review.getByRole('heading', { level: 1, name: NAME }).waitFor();
    const report = await download(review, 'Export report');
    expect(report.fileName).toMatch(/^hireproof-case-morgan-reyes-\d{4}-\d{2}-\d{2}\.html$/);
    const html = report.bytes.toString('utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('E2E Reviewer');
    const opened = await browser.context.newPage();
    await opened.setContent(html);
    await expect(opened.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(NAME);
    const pdf = await opened.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await opened.close();

    // The audit log, from the queue's header: every export is there; reading it adds nothing.
    await review.getByRole('link', { name: '← Review queue' }).click();
    await review.getByRole('main').getByRole('link', { name: 'Audit log' }).click();
    await review.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const table = review.getByRole('table');
    for (const action of ['Review queue exported as CSV', 'False-positive feedback exported', 'Case report exported']) {
      await table.getByRole('cell', { name: action, exact: true }).waitFor();
    }
    await review.getByLabel('Action').selectOption('report-exported');
    await expect.poll(() => review.getByTestId('audit-page-status').textContent()).toBe('Page 1: 1 entry.');
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toContain('by=E2E Reviewer');

    const log = await download(review, 'Export JSON');
    const exported = JSON.parse(log.bytes.toString('utf8')) as { filter: unknown; entries: Array<{ action: string }> };
    expect(exported.filter).toEqual({ action: 'report-exported' });
    expect(exported.entries.map((e) => e.action)).toEqual(['report-exported']);
    await review.getByLabel('Action').selectOption('audit-exported');
    await expect.poll(() => review.getByTestId('audit-page-status').textContent()).toBe('Page 1: 1 entry.');

    await review.close();
    await page.close();
  });
});
