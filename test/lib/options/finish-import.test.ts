import { describe, expect, it, vi } from 'vitest';
import { finishImport } from '../../../lib/options/finish-import';

const URL_A = 'https://lists.example/a.json';
const fail = (message: string) => () => Promise.reject(new Error(message));

describe('finishImport', () => {
  it.each([
    { name: 'no subscription', subscribe: undefined, existing: [], saved: undefined, error: undefined },
    { name: 'a new subscription', subscribe: URL_A, existing: [], saved: [{ url: URL_A, refreshHours: 24 }], error: undefined },
    { name: 'already subscribed', subscribe: URL_A, existing: [{ url: URL_A, refreshHours: 6 }], saved: undefined, error: undefined },
    { name: 'the background fails', subscribe: URL_A, existing: [], saved: [{ url: URL_A, refreshHours: 24 }], listsChanged: fail('no answer'), error: 'no answer' },
    {
      name: 'saving the subscription fails',
      subscribe: URL_A,
      existing: [],
      saved: 'fails',
      error: 'the subscription was not added (Set by your organisation)',
    },
  ])('$name', async ({ subscribe, existing, saved, listsChanged, error }) => {
    const save = saved === 'fails' ? vi.fn(fail('Set by your organisation')) : vi.fn(async () => {});
    const changed = vi.fn(listsChanged ?? (async () => {}));
    const done = finishImport(subscribe, { listsChanged: changed, subscriptions: existing, saveSubscriptions: save });
    if (error) await expect(done).rejects.toThrow(error);
    else await expect(done).resolves.toBeUndefined();
    expect(changed).toHaveBeenCalledOnce();
    if (saved === undefined) expect(save).not.toHaveBeenCalled();
    else if (saved !== 'fails') expect(save).toHaveBeenCalledWith(saved);
  });
});
