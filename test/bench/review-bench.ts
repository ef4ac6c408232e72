import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension } from '../e2e/browser';
import { isFlagged, isHigh, seedReviewCandidates } from './seed-review-candidates';

/**
 * `npx tsx test/bench/review-bench.ts` (after `wxt build`): the HR review queue of the built
 * extension in headless Chromium with `--candidates` (100,000) stored in its real IndexedDB.
 * - time to first rows: navigation to review.html -> the first applicant row in the DOM (the quick
 *   first view), and -> every score, hit and source read (the full load replacing it);
 * - applying a filter or a sort: the control changed -> the list re-rendered (its count changed)
 *   and the next frame began, timed inside the page;
 * - opening a case from the queue (Enter) and loading a case page directly.
 * Prints a Markdown section for BENCHMARKS.md; progress goes to stderr.
 */
const { values } = parseArgs({
  options: {
    candidates: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '15' },
  },
});
const storedCount = Number(values.candidates);
const runs = Number(values.runs);

const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const log = (line: string) => console.error(line);

const browser = await launchWithExtension({ headless: true });
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const queueUrl = `chrome-extension://${browser.extensionId}/review.html#/`;
  // Opening the page creates the schema (every version, up to the review tables) before seeding.
  await page.goto(queueUrl);
  await page.getByText('Nobody is waiting for review.').waitFor({ timeout: 30_000 });
  const seedStart = performance.now();
  await seedReviewCandidates(page, storedCount);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  let queued = 0;
  for (let i = 0; i < storedCount; i++) if (isFlagged(i) || isHigh(i)) queued++;
  log(`seeded ${storedCount} candidates (${queued} queued) in ${seedSeconds.toFixed(1)} s`);

  // 1. Time to first rows, a fresh page each time (about:blank between, so nothing is reused).
  // The first rows are the quick first view; "complete" is when scores and hits replaced it.
  const firstRows: number[] = [];
  const complete: number[] = [];
  for (let k = 0; k < runs + 2; k++) {
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(queueUrl);
    await page.locator('[role="option"]').first().waitFor({ timeout: 60_000 });
    const first = performance.now() - start;
    await page.getByTestId('queue-count').filter({ hasNotText: 'Reading scores' }).waitFor({ timeout: 60_000 });
    // Two warm-up loads: the code cache and the disk cache.
    if (k >= 2) {
      firstRows.push(first);
      complete.push(performance.now() - start);
    }
  }
  const shown = await page.getByTestId('queue-count').textContent();
  log(`queue: ${shown ?? '?'}`);

  // 2. Filters and sorts, each switched on and off `runs` times; timed in the page.
  const controls: Array<{ what: string; label: string; on: string; off: string }> = [
    { what: 'search text (names and e-mails)', label: 'Search names and e-mails', on: 'morgan 1', off: '' },
    { what: 'band = high', label: 'Band', on: 'high', off: 'any' },
    { what: 'signal hit = reused-phone', label: 'Signal hit', on: 'reused-phone', off: 'any' },
    { what: 'decision = cleared', label: 'Decision', on: 'cleared', off: 'any' },
    { what: 'listed because = flagged', label: 'Listed because', on: 'flagged', off: 'any' },
  ];
  const filterTimes = new Map<string, number[]>();
  for (const c of controls) {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      times.push(await setControl(page, c.label, c.on));
      await setControl(page, c.label, c.off);
    }
    filterTimes.set(c.what, times);
  }
  // A sort changes no count: it is timed to the first row changing instead.
  const sortTimes: number[] = [];
  for (let k = 0; k < runs; k++) {
    sortTimes.push(await setControl(page, 'Sort by', 'name', 'first-row'));
    await setControl(page, 'Sort by', 'score', 'first-row');
  }

  // 3. A case: from the queue with the keyboard, and loaded directly.
  const fromQueue: number[] = [];
  for (let k = 0; k < runs; k++) {
    await page.goto(queueUrl);
    await page.locator('[role="option"]').first().waitFor();
    const list = page.getByRole('listbox');
    await list.focus();
    for (let d = 0; d < k; d++) await page.keyboard.press('ArrowDown');
    const name = await list.locator('[aria-selected="true"] .hp-queue__name').textContent();
    const start = performance.now();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: name ?? '' }).waitFor();
    fromQueue.push(performance.now() - start);
  }
  const direct: number[] = [];
  for (let k = 0; k < runs; k++) {
    await page.goto('about:blank');
    const id = `seed-${k * 50}`;
    const start = performance.now();
    await page.goto(`chrome-extension://${browser.extensionId}/review.html#/case/${id}`);
    await page.locator(`main[data-candidate-id="${id}"] h1`).waitFor();
    direct.push(performance.now() - start);
  }

  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  const cpu = cpus();
  const row = (what: string, xs: readonly number[], target: number) => {
    const p95 = quantile(xs, 0.95);
    return `| ${what} | ${xs.length} | ${ms(quantile(xs, 0.5))} | ${ms(p95)} | p95 < ${target} ms | ${p95 < target ? 'met' : 'NOT met'} |`;
  };
  console.log(`## HR review queue

Written by \`npx tsx test/bench/review-bench.ts\`: the built extension in headless Chromium, real
IndexedDB, ${storedCount.toLocaleString('en')} candidates stored (seeded in ${seedSeconds.toFixed(0)} s), ${queued.toLocaleString('en')} of them in the
queue (2% flagged, 3% scored high, full assessments; 1 in 500 decided). First rows: navigation to
review.html until the first row is in the DOM (the quick first view: names, flags, decisions, high
band), then until scores, hits and sources are all read (2 warm-up loads discarded). Filters and sorts: the
control changed until the list re-rendered and the next frame began, timed in the page, each
switched on and off ${runs} times. Cases: Enter on a queue row, or the case URL loaded directly, until
the applicant's name shows.

- Date: ${new Date().toISOString().slice(0, 10)}
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${osType()} ${release()}, Node ${process.version}, ${chromium}

| measure | samples | median | p95 | target | |
|---|---|---|---|---|---|
${[
  row(`queue: navigation → first rows (${queued.toLocaleString('en')} queued)`, firstRows, 1500),
  row('queue: navigation → scores, hits and sources all read', complete, 5000),
  ...[...filterTimes].map(([what, xs]) => row(`filter: ${what}`, xs, 100)),
  row('sort: by name', sortTimes, 100),
  row('case: Enter on a queue row → case shown', fromQueue, 500),
  row('case: URL loaded → case shown', direct, 1000),
].join('\n')}
`);
} finally {
  await browser.close();
}

/**
 * Sets a labelled input or select the way a person would (React sees the native event) and
 * resolves with the ms until the list changed (`count`: the queue count; `first-row`: the first
 * row) and the following animation frame began.
 */
async function setControl(page: Page, label: string, value: string, watch: 'count' | 'first-row' = 'count'): Promise<number> {
  return page.evaluate(
    async ({ label, value, watch }) => {
      const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent === label);
      const control = labelEl ? document.getElementById(labelEl.htmlFor) : null;
      const target = watch === 'count' ? document.querySelector('[data-testid="queue-count"]') : document.querySelector('[role="listbox"]');
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement) || !target) throw new Error(`No control labelled ${label}`);
      // No named inner functions here: tsx would wrap them in a helper the page does not have.
      const firstRow = watch === 'first-row';
      const before = firstRow ? target.querySelector('[role="option"]')?.textContent : target.textContent;
      if (control.value === value) return 0;
      const start = performance.now();
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if ((firstRow ? target.querySelector('[role="option"]')?.textContent : target.textContent) !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(target, { subtree: true, childList: true, characterData: true });
      });
      // The prototype's setter, not the property: React tracks the value it last rendered.
      const proto = control instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
      control.dispatchEvent(new Event(control instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
      await changed;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - start;
    },
    { label, value, watch },
  );
}
