import { browser } from 'wxt/browser';
import type { HireProofDb } from '../db/database';
import { recordObservation } from '../db/record-observation';
import type { PhotoHashResult } from '../similarity/photo-hash-from-url';
import { hashCandidatePhoto } from './hash-candidate-photo';
import { ensureIpGeo } from './load-ip-geo';
import { DROPPED_MESSAGES_KEY, OBSERVE_TIMINGS_KEY, parseContentMessage, tabStateKey, type ObserveReply, type TabState } from '../messaging';

/**
 * Handles one message from a content script. Anything that does not parse is dropped and counted:
 * a page can script its own world but not ours, still nothing from it is trusted unparsed.
 * Messages from other extensions or from extension pages are ignored.
 * A profile photo not hashed yet is downloaded after the reply (the panel shows at once and updates
 * when the photo check is done); `hashPhoto` replaces the download in tests.
 */
export async function handleContentMessage(
  db: HireProofDb,
  raw: unknown,
  sender: { id?: string; tab?: { id?: number } },
  now: number,
  options: { hashPhoto?: (url: string) => Promise<PhotoHashResult> } = {},
): Promise<ObserveReply | undefined> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined) return undefined;
  const message = parseContentMessage(raw);
  if (!message) {
    await countDropped();
    return { ok: false, error: 'invalid message' };
  }
  if (message.type === 'left-candidate') {
    await setTabState(tabId, { status: 'no-candidate', pageUrl: message.pageUrl, updatedAt: now });
    return undefined;
  }
  try {
    const started = performance.now();
    if ((message.observation.ipAddresses ?? []).length > 0) await ensureIpGeo();
    const { candidateId, storedAt, photoToHash } = await recordObservation(db, { observation: message.observation, health: message.health, now });
    await recordTiming(storedAt - started);
    await setTabState(tabId, { status: 'ready', candidateId, pageUrl: message.observation.pageUrl, updatedAt: now });
    if (photoToHash) void hashCandidatePhoto(db, photoToHash, options);
    return { ok: true, candidateId };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await setTabState(tabId, { status: 'error', error: `Could not check this candidate: ${text}`, updatedAt: now });
    return { ok: false, error: text };
  }
}

async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

async function countDropped(): Promise<void> {
  const current = (await browser.storage.session.get(DROPPED_MESSAGES_KEY))[DROPPED_MESSAGES_KEY];
  await browser.storage.session.set({ [DROPPED_MESSAGES_KEY]: (typeof current === 'number' ? current : 0) + 1 });
}

/** Keeps the last durations (ms) from observation received to its assessment stored, for diagnostics. */
async function recordTiming(ms: number): Promise<void> {
  const current = (await browser.storage.session.get(OBSERVE_TIMINGS_KEY))[OBSERVE_TIMINGS_KEY];
  const list = Array.isArray(current) ? (current as number[]) : [];
  await browser.storage.session.set({ [OBSERVE_TIMINGS_KEY]: [...list, ms].slice(-MAX_TIMINGS) });
}
const MAX_TIMINGS = 1000;
