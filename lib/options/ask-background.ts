import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { ExtensionPageMessage } from '../messaging';

/**
 * Asks the background to catch up after the options page changed something it holds in memory
 * (the page writes the database itself), or to refresh subscriptions now. The reply is parsed with
 * `okSchema` for success; `{ ok: false, error }` and no answer at all become errors for people.
 */
export async function askBackground<T>(
  request: ExtensionPageMessage,
  okSchema: z.ZodType<T>,
  send: (message: ExtensionPageMessage) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<T> {
  let raw: unknown;
  try {
    raw = await send(request);
  } catch (error) {
    throw new Error(`The HireProof background did not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
  const failure = FailureSchema.safeParse(raw);
  if (failure.success) throw new Error(failure.data.error);
  const reply = okSchema.safeParse(raw);
  // A background that has no handler for the message answers undefined (an older extension part).
  if (!reply.success) throw new Error('The HireProof background did not handle this request; reload the extension and try again.');
  return reply.data;
}

const FailureSchema = z.object({ ok: z.literal(false), error: z.string() });

export const OkReplySchema = z.object({ ok: z.literal(true) });
