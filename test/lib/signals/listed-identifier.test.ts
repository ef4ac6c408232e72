import { describe, expect, it } from 'vitest';
import type { SignalContext } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/listed-identifier';
import { listsWith as lists, makeCtx, makeListMatch as match, makeView } from './make-view';

describe('listed-identifier', () => {
  const cases: Array<[string, SignalContext['lists'], 'hit' | 'miss' | 'skip']> = [
    ['no list enabled: skipped, never clean', undefined, 'skip'],
    ['lists enabled, nothing matched', lists([]), 'miss'],
    ['an e-mail on a list', lists([match({})]), 'hit'],
    ['a phone prefix on a list', lists([match({ kind: 'phone-prefix', value: '+1555', query: '+15550100' })]), 'hit'],
    ['only an IP range matched: that is ip-on-list, not this', lists([match({ kind: 'cidr', value: '192.0.2.0/24', query: '192.0.2.7' })]), 'miss'],
    ['only an employer domain matched: that is listed-employer-domain', lists([match({ kind: 'employer-domain', value: 'shell.example', query: 'shell.example' })]), 'miss'],
  ];
  it.each(cases)('%s', (_name, listCtx, status) => {
    expect(signal.evaluate(makeView(), makeCtx({ lists: listCtx })).status).toBe(status);
  });

  it('evidence names the list, the entry and its note; many matches are counted, not all listed', () => {
    const many = Array.from({ length: 13 }, (_, i) => match({ value: `x${i}@evil.example`, query: `x${i}@evil.example`, note: i === 0 ? 'seen in 2025 campaign' : undefined }));
    const outcome = signal.evaluate(makeView(), makeCtx({ lists: lists(many) }));
    if (outcome.status !== 'hit') throw new Error('expected a hit');
    expect(outcome.evidence).toHaveLength(11);
    expect(outcome.evidence[0]).toEqual({
      messageId: 'listed',
      data: { query: 'x0@evil.example', network: '', kind: 'email', value: 'x0@evil.example', listId: 'known-bad', listTitle: 'Known bad identities', note: ' (seen in 2025 campaign)' },
    });
    expect(outcome.evidence.at(-1)).toEqual({ messageId: 'more', data: { count: 3 } });
  });
});
