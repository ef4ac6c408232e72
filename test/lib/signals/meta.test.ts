import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSignalTable, SIGNALS_END, SIGNALS_START } from '../../../lib/build/signal-table';
import type { Signal } from '../../../lib/signals/define-signal';
import { signalById, signals } from '../../../lib/signals';
import { templatePlaceholders } from '../../../lib/risk/fill-message';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ids = readdirSync(`${root}lib/signals`)
  // Helpers shared by signals are named *-evidence.ts; everything else is one signal per file.
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'define-signal.ts' && !f.endsWith('-evidence.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const VERDICT_WORDS = /\b(fraud\w*|fake\w*|scam\w*|liars?)\b/i;

describe('signal registry', () => {
  it('registers every signal file, alphabetically', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(signals.map((s) => s.id)).toEqual(ids);
  });

  describe.each(ids)('%s', (id) => {
    it('exports a signal whose id is the file name, and that exact object is registered', async () => {
      const mod = (await import(`${root}lib/signals/${id}.ts`)) as { default: Signal };
      expect(mod.default.id).toBe(id);
      expect(signalById(id)).toBe(mod.default);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('has a test file', () => {
      expect(existsSync(`${root}test/lib/signals/${id}.test.ts`)).toBe(true);
    });

    it('has complete metadata', () => {
      const { meta } = signalById(id) as Signal;
      expect(meta.weight).toBeGreaterThanOrEqual(0);
      expect(meta.weight).toBeLessThanOrEqual(1);
      expect(meta.title.trim()).not.toBe('');
      expect(meta.description.trim()).not.toBe('');
      expect(meta.requires.length).toBeGreaterThan(0);
      expect(meta.falsePositives.length).toBeGreaterThan(0);
      expect(meta.references.length).toBeGreaterThan(0);
      for (const ref of meta.references) expect(ref).toMatch(/^https:\/\//);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const template of Object.values(meta.messages)) expect(templatePlaceholders(template).length).toBeGreaterThan(0);
    });

    it('never uses verdict words in what recruiters read', () => {
      const { meta } = signalById(id) as Signal;
      const texts = [meta.title, meta.description, ...meta.falsePositives, ...Object.values(meta.messages)];
      for (const text of texts) expect(text).not.toMatch(VERDICT_WORDS);
    });
  });

  it('signalById returns undefined for an unknown id', () => {
    expect(signalById('no-such-signal')).toBeUndefined();
  });
});

describe('README signal table', () => {
  it('equals renderSignalTable(signals) between the markers (run `npx tsx lib/build/signal-table.ts --write`)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const start = readme.indexOf(SIGNALS_START);
    const end = readme.indexOf(SIGNALS_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + SIGNALS_START.length, end)).toBe(`\n${renderSignalTable(signals)}\n`);
  });

  it.each(ids)('lists %s', (id) => {
    expect(renderSignalTable(signals)).toContain(`| \`${id}\` |`);
  });
});
