import { describe, expect, it } from 'vitest';
import type { ListRecord } from '../../../lib/db/records';
import { subscriptionOutcome } from '../../../lib/options/subscription-outcome';
import type { SubscriptionState } from '../../../lib/subscriptions/subscription-state';

const URL_A = 'https://lists.example/a.json';
const record = (origin: ListRecord['origin'], lastRefresh?: ListRecord['lastRefresh']): ListRecord => ({
  id: 'x',
  title: 'X',
  author: 'A',
  created: '2026-01-01',
  modified: '2026-01-01',
  references: [],
  filters: [],
  weightOverrides: [],
  enabled: 1,
  entryCount: 0,
  origin,
  importedAt: 0,
  ...(lastRefresh ? { lastRefresh } : {}),
});
const ok = { at: 10, ok: true, message: 'stored 5 entries' };
const failed = { at: 20, ok: false, message: 'HTTP 404' };

describe('subscriptionOutcome', () => {
  it.each([
    { name: 'nothing known', lists: [], states: {}, expected: undefined },
    { name: "the subscription's own state", lists: [record({ kind: 'subscription', url: URL_A }, ok)], states: { [URL_A]: { lastAttempt: failed } }, expected: failed },
    { name: 'the list it delivered', lists: [record({ kind: 'subscription', url: URL_A }, ok)], states: {}, expected: ok },
    { name: 'a list from another URL', lists: [record({ kind: 'subscription', url: 'https://other.example/b.json' }, ok)], states: {}, expected: undefined },
    { name: 'a hand-imported list', lists: [record({ kind: 'file' }, ok)], states: {}, expected: undefined },
    { name: 'state without an attempt yet', lists: [record({ kind: 'subscription', url: URL_A }, ok)], states: { [URL_A]: { etag: 'x' } }, expected: ok },
  ])('$name', ({ lists, states, expected }) => {
    expect(subscriptionOutcome(URL_A, lists, states as Record<string, SubscriptionState>)).toEqual(expected);
  });
});
