import { describe, expect, it } from 'vitest';
import { askBackground, OkReplySchema } from '../../../lib/options/ask-background';
import { refreshSubscriptionsNow } from '../../../lib/options/refresh-subscriptions';

describe('askBackground', () => {
  it.each([
    { name: 'ok', reply: { ok: true }, error: undefined },
    { name: 'a failure with its reason', reply: { ok: false, error: 'index rebuild failed' }, error: 'index rebuild failed' },
    { name: 'no handler (undefined)', reply: undefined, error: 'did not handle this request' },
    { name: 'an unexpected shape', reply: { done: true }, error: 'did not handle this request' },
    { name: 'sendMessage rejects', reply: new Error('Receiving end does not exist.'), error: 'did not answer: Receiving end does not exist.' },
  ])('$name', async ({ reply, error }) => {
    const send = async () => {
      if (reply instanceof Error) throw reply;
      return reply;
    };
    const asked = askBackground({ type: 'lists-changed' }, OkReplySchema, send);
    if (error) await expect(asked).rejects.toThrow(error);
    else await expect(asked).resolves.toEqual({ ok: true });
  });
});

describe('refreshSubscriptionsNow', () => {
  const results = [{ url: 'https://lists.example/a.json', ok: false, message: 'HTTP 404' }];
  it.each([
    { name: 'per-URL results', reply: { ok: true, results }, expected: results, error: undefined },
    { name: 'a background without subscription refreshing', reply: undefined, expected: undefined, error: 'did not handle' },
    { name: 'a failure', reply: { ok: false, error: 'settings unreadable' }, expected: undefined, error: 'settings unreadable' },
  ])('$name', async ({ reply, expected, error }) => {
    const refreshed = refreshSubscriptionsNow(async (message) => (message.type === 'refresh-subscriptions' ? reply : { ok: true }));
    if (error) await expect(refreshed).rejects.toThrow(error);
    else await expect(refreshed).resolves.toEqual(expected);
  });
});
