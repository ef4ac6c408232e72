import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signals as registered } from '../signals';
import type { Signal } from '../signals/define-signal';

/**
 * The README's signal table, generated from signal metadata so the documentation cannot drift.
 * `npx tsx lib/build/signal-table.ts --write` rewrites README.md between the markers; without
 * `--write` it prints the table; `--check` exits 1 when README.md is out of date.
 */
export const SIGNALS_START = '<!-- signals:start -->';
export const SIGNALS_END = '<!-- signals:end -->';

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function renderSignalTable(signals: readonly Signal[]): string {
  const rows = signals.map((s) =>
    [
      `\`${s.id}\``,
      cell(s.meta.title),
      s.meta.severity,
      String(s.meta.weight),
      cell(s.meta.description),
      s.meta.requires.map((f) => `\`${f}\``).join(', '),
    ].join(' | '),
  );
  return [
    '| id | title | severity | weight | what it looks at | needs |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by `table`; throws when a marker is missing. */
export function replaceSignalSection(readme: string, table: string): string {
  const start = readme.indexOf(SIGNALS_START);
  const end = readme.indexOf(SIGNALS_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${SIGNALS_START} … ${SIGNALS_END}`);
  return `${readme.slice(0, start + SIGNALS_START.length)}\n${table}\n${readme.slice(end)}`;
}

function main(args: readonly string[]): number {
  const table = renderSignalTable(registered);
  if (!args.includes('--write') && !args.includes('--check')) {
    process.stdout.write(`${table}\n`);
    return 0;
  }
  const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
  const current = readFileSync(readmePath, 'utf8');
  const next = replaceSignalSection(current, table);
  if (args.includes('--check')) {
    if (next !== current) process.stderr.write('README.md signal table is out of date: run npx tsx lib/build/signal-table.ts --write\n');
    return next === current ? 0 : 1;
  }
  if (next !== current) writeFileSync(readmePath, next);
  return 0;
}

// Run only as a script, never when imported (tests import renderSignalTable).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
