import { describe, expect, it } from 'vitest';
import { renderSignalTable, replaceSignalSection } from '../../../lib/build/signal-table';
import { defineSignal } from '../../../lib/signals/define-signal';

const demo = defineSignal({
  id: 'demo-signal',
  meta: {
    title: 'Demo | pipe',
    description: 'Looks at\n  two lines',
    severity: 'low',
    status: 'test',
    requires: ['emails', 'phones'],
    weight: 0.25,
    falsePositives: ['x'],
    references: ['https://example.com'],
    messages: { m: '{x}' },
  },
  evaluate: () => ({ status: 'miss' }),
});

describe('renderSignalTable', () => {
  it('renders one escaped row per signal', () => {
    expect(renderSignalTable([demo])).toBe(
      [
        '| id | title | severity | weight | what it looks at | needs |',
        '| --- | --- | --- | --- | --- | --- |',
        '| `demo-signal` | Demo \\| pipe | low | 0.25 | Looks at two lines | `emails`, `phones` |',
      ].join('\n'),
    );
  });
});

describe('replaceSignalSection', () => {
  const cases: Array<[string, string, string]> = [
    ['empty section', 'a\n<!-- signals:start -->\n<!-- signals:end -->\nb', 'a\n<!-- signals:start -->\nT\n<!-- signals:end -->\nb'],
    ['old table replaced', '<!-- signals:start -->\nold\nrows\n<!-- signals:end -->', '<!-- signals:start -->\nT\n<!-- signals:end -->'],
  ];
  it.each(cases)('%s', (_label, readme, expected) => {
    expect(replaceSignalSection(readme, 'T')).toBe(expected);
  });

  it('throws when the markers are missing', () => {
    expect(() => replaceSignalSection('# HireProof', 'T')).toThrow(/signals:start/);
  });
});
