import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/lists/import-list';
import type { ListEntry } from '../../../lib/lists/schema';
import { diffLists, type DiffableList } from '../../../lib/options/list-diff';
import { listText } from '../lists/make-list';

const parsed = importList(listText());
if (!parsed.ok) throw new Error('the sample list no longer parses');
const base: DiffableList = parsed.list;
const email = (value: string, extra: Partial<ListEntry> = {}): ListEntry => ({ kind: 'email', value, ...extra });
const list = (overrides: Partial<DiffableList>): DiffableList => ({ ...base, ...overrides });
const zero = { added: 0, removed: 0, changed: 0, unchanged: 0 };

describe('diffLists', () => {
  it.each([
    { name: 'identical lists', before: [email('a@x.test')], after: [email('a@x.test')], expected: { ...zero, unchanged: 1 } },
    { name: 'one added', before: [], after: [email('a@x.test')], expected: { ...zero, added: 1 } },
    { name: 'one removed', before: [email('a@x.test')], after: [], expected: { ...zero, removed: 1 } },
    { name: 'note changed', before: [email('a@x.test', { note: 'one' })], after: [email('a@x.test', { note: 'two' })], expected: { ...zero, changed: 1 } },
    { name: 'note added', before: [email('a@x.test')], after: [email('a@x.test', { note: 'new' })], expected: { ...zero, changed: 1 } },
    { name: 'source changed', before: [email('a@x.test', { source: 'a' })], after: [email('a@x.test', { source: 'b' })], expected: { ...zero, changed: 1 } },
    { name: 'severity changed', before: [email('a@x.test', { severity: 'low' })], after: [email('a@x.test', { severity: 'high' })], expected: { ...zero, changed: 1 } },
    {
      name: 'same value under another kind is a different entry',
      before: [email('x.test')],
      after: [{ kind: 'email-domain', value: 'x.test' } as ListEntry],
      expected: { ...zero, added: 1, removed: 1 },
    },
    {
      name: 'a mix',
      before: [email('keep@x.test'), email('gone@x.test'), email('edit@x.test', { note: 'old' })],
      after: [email('keep@x.test'), email('edit@x.test', { note: 'new' }), email('new@x.test'), email('new2@x.test')],
      expected: { added: 2, removed: 1, changed: 1, unchanged: 1 },
    },
    { name: 'a repeated entry in the new list counts once', before: [], after: [email('a@x.test'), email('a@x.test')], expected: { ...zero, added: 1 } },
  ])('entries: $name (in canonical order and in any order)', ({ before, after, expected }) => {
    // Canonical lists take the merge path, others the keyed path: both must agree.
    const canonical = (entries: ListEntry[]) => [...entries].sort((a, b) => (`${a.kind}\0${a.value}` < `${b.kind}\0${b.value}` ? -1 : 1));
    const reversed = (entries: ListEntry[]) => canonical(entries).reverse();
    expect(diffLists(list({ entries: canonical(before) }), list({ entries: canonical(after) })).entries).toEqual(expected);
    expect(diffLists(list({ entries: reversed(before) }), list({ entries: reversed(after) })).entries).toEqual(expected);
  });

  const filter = (signalId: string, value: string, reason: string) => ({ signalId, match: { kind: 'phone-prefix' as const, value }, reason });
  it.each([
    { name: 'same filter', before: [filter('voip-phone', '+4420', 'office')], after: [filter('voip-phone', '+4420', 'office')], expected: { ...zero, unchanged: 1 } },
    { name: 'reason changed', before: [filter('voip-phone', '+4420', 'office')], after: [filter('voip-phone', '+4420', 'London office')], expected: { ...zero, changed: 1 } },
    { name: 'other signal', before: [filter('voip-phone', '+4420', 'office')], after: [filter('reused-phone', '+4420', 'office')], expected: { ...zero, added: 1, removed: 1 } },
  ])('filters: $name', ({ before, after, expected }) => {
    expect(diffLists(list({ filters: before }), list({ filters: after })).filters).toEqual(expected);
  });

  const override = (signalId: string, weight: number, reason = 'why') => ({ signalId, weight, reason });
  it.each([
    { name: 'same override', before: [override('voip-phone', 0.1)], after: [override('voip-phone', 0.1)], expected: { ...zero, unchanged: 1 } },
    { name: 'weight changed', before: [override('voip-phone', 0.1)], after: [override('voip-phone', 0.3)], expected: { ...zero, changed: 1 } },
    { name: 'reason changed', before: [override('voip-phone', 0.1, 'a')], after: [override('voip-phone', 0.1, 'b')], expected: { ...zero, changed: 1 } },
    { name: 'added and removed', before: [override('voip-phone', 0.1)], after: [override('reused-phone', 0.1)], expected: { ...zero, added: 1, removed: 1 } },
  ])('weight overrides: $name', ({ before, after, expected }) => {
    expect(diffLists(list({ weightOverrides: before }), list({ weightOverrides: after })).weightOverrides).toEqual(expected);
  });

  it.each([
    { change: {}, expected: [] },
    { change: { title: 'Renamed' }, expected: ['title'] },
    { change: { modified: '2025-05-01', expires: '2025-12-31' }, expected: ['modified', 'expires'] },
    { change: { references: ['https://example.com/report'] }, expected: ['references'] },
    { change: { category: 'vpn-hosting' as const }, expected: ['category'] },
  ])('metadata that changes: $expected', ({ change, expected }) => {
    expect(diffLists(base, list(change)).metadata).toEqual(expected);
  });

  // Shift by 1,000: the first thousand are removed, a thousand new ones added; every tenth note changes.
  const shifted = (n: number, { sorted }: { sorted: boolean }) => {
    // Zero-padded numbers sort as text in the order they are made: canonical order without a sort.
    const value = (i: number) => (sorted ? `person${String(i).padStart(8, '0')}@x.test` : `person${i}@x.test`);
    const before = Array.from({ length: n }, (_, i) => email(value(i), i % 10 === 0 ? { note: 'old' } : {}));
    const after = Array.from({ length: n }, (_, j) => email(value(j + 1000), (j + 1000) % 10 === 0 ? { note: 'new' } : {}));
    return { before, after, expected: { added: 1000, removed: 1000, changed: (n - 1000) / 10, unchanged: n - 1000 - (n - 1000) / 10 } };
  };

  it.each([
    { name: 'a million canonical entries', n: 1_000_000, sorted: true, budgetMs: 2_000 },
    // Not canonical (a list stored before lists were canonicalised): hashed, still linear.
    { name: '200,000 entries in no particular order', n: 200_000, sorted: false, budgetMs: 5_000 },
  ])('diffs $name in linear time', ({ n, sorted, budgetMs }) => {
    const { before, after, expected } = shifted(n, { sorted });
    const started = performance.now();
    const diff = diffLists(list({ entries: before }), list({ entries: after }));
    const elapsed = performance.now() - started;
    expect(diff.entries).toEqual(expected);
    // Comparing each entry with each would take hours at these sizes.
    expect(elapsed).toBeLessThan(budgetMs);
  });
});
