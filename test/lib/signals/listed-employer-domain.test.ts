import { describe, expect, it } from 'vitest';
import type { SignalContext, SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/listed-employer-domain';
import { listsWith, makeCtx, makeListMatch, makeView } from './make-view';

const withDomain = makeView({ employerDomains: ['brightwave.example'] });
const front = makeListMatch({ kind: 'employer-domain', value: 'brightwave.example', query: 'brightwave.example', note: 'front company' });

describe('listed-employer-domain', () => {
  const cases: Array<[string, ReturnType<typeof makeView>, Partial<SignalContext>, SignalOutcome]> = [
    ['skip: no list enabled', withDomain, {}, { status: 'skip', reason: 'No signal list is enabled' }],
    ['skip: no domain known', makeView(), { lists: listsWith([front]) }, { status: 'skip', reason: 'No employer, e-mail or portfolio domain is known' }],
    ['miss: nothing listed', withDomain, { lists: listsWith([]) }, { status: 'miss' }],
    ['miss: an e-mail domain entry is listed-identifier\'s', withDomain, { lists: listsWith([makeListMatch({ kind: 'email-domain', value: 'brightwave.example' })]) }, { status: 'miss' }],
    ['hit: the employer domain is listed', withDomain, { lists: listsWith([front]) }, {
      status: 'hit',
      evidence: [{ messageId: 'listed', data: { query: 'brightwave.example', network: '', kind: 'employer-domain', value: 'brightwave.example', listId: 'known-bad', listTitle: 'Known bad identities', note: ' (front company)' } }],
    }],
  ];
  it.each(cases)('%s', (_name, view, ctx, expected) => {
    expect(signal.evaluate(view, makeCtx(ctx))).toEqual(expected);
  });
});
