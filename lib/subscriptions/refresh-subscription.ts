import type { HireProofDb } from '../db/database';
import type { ListRecord } from '../db/records';
import type { TrustedKey } from '../lists/signature';
import type { Subscription } from '../settings/settings-schema';
import { isAllowedSubscriptionUrl, originPattern, SUBSCRIPTION_URL_RULE } from '../settings/subscription-url';
import { acceptDownload } from './accept-download';
import { download, FETCH_TIMEOUT_MS, MAX_LIST_BYTES, type Download } from './download';
import { findSubscriptionList, storeSubscriptionList } from './store-subscription-list';
import { loadSubscriptionState, saveSubscriptionState, type SubscriptionState } from './subscription-state';

/**
 * Refreshes one subscription: a conditional GET of the list, then its detached signature, and the
 * list is stored only if it parses, verifies with a trusted key, has not expired and may replace what
 * is there (./store-subscription-list.ts). Anything else keeps the last good list and its entries
 * untouched and records why, on the list (ListRecord.lastRefresh) and per URL
 * (./subscription-state.ts) so a subscription that never succeeded shows its error too.
 */

export interface RefreshDeps {
  db: HireProofDb;
  fetch: typeof fetch;
  now: () => number;
  trustedKeys: readonly TrustedKey[];
  /** Whether the extension holds host access for an origin pattern; absent where that cannot be asked. */
  hasHostAccess?: (pattern: string) => Promise<boolean>;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface RefreshResult {
  url: string;
  ok: boolean;
  message: string;
  /** A list was stored or replaced: the in-memory index must be rebuilt. */
  changed: boolean;
}

// A signature is 88 characters of base64; anything much larger is not one.
const MAX_SIGNATURE_BYTES = 4096;

type Attempt = { ok: true; message: string; changed: boolean; validators: Pick<SubscriptionState, 'etag' | 'lastModified'> } | { ok: false; message: string };

export async function refreshSubscription(subscription: Subscription, deps: RefreshDeps): Promise<RefreshResult> {
  const { url } = subscription;
  const at = deps.now();
  const [state, current] = await Promise.all([loadSubscriptionState(url), findSubscriptionList(deps.db, url)]);
  const attempt = await tryRefresh(subscription, deps, state, current, at);
  const message = attempt.ok || !current ? attempt.message : `${attempt.message}; the list from ${formatDay(current.importedAt)} stays in use`;
  const outcome = { at, ok: attempt.ok, message };
  // A failure changes only the status: the validators still describe the list that stays in use.
  const { lastAttempt: _previous, ...kept } = state;
  await saveSubscriptionState(url, attempt.ok ? { ...attempt.validators, lastAttempt: outcome, lastSuccessAt: at } : { ...kept, lastAttempt: outcome });
  const changed = attempt.ok && attempt.changed;
  // A stored list already carries this outcome; otherwise only the status of the kept list changes.
  if (!changed && current) await deps.db.lists.update(current.id, { lastRefresh: outcome });
  return { url, ok: attempt.ok, message, changed };
}

async function tryRefresh(subscription: Subscription, deps: RefreshDeps, state: SubscriptionState, current: ListRecord | undefined, at: number): Promise<Attempt> {
  const { url } = subscription;
  const signatureUrl = subscription.signatureUrl ?? `${url}.sig`;
  // Settings are parsed already; this guards callers that build a Subscription by hand.
  if (!isAllowedSubscriptionUrl(url) || !isAllowedSubscriptionUrl(signatureUrl)) return { ok: false, message: SUBSCRIPTION_URL_RULE };
  if (deps.trustedKeys.length === 0) {
    return { ok: false, message: 'no trusted public keys are configured, so no list could be verified; add the publisher\'s key in settings' };
  }
  const limits = { fetch: deps.fetch, timeoutMs: deps.timeoutMs ?? FETCH_TIMEOUT_MS };
  // Validators only while the list they describe is still stored; a 304 must have something to keep.
  const headers: Record<string, string> = {};
  if (current && state.etag !== undefined) headers['If-None-Match'] = state.etag;
  if (current && state.lastModified !== undefined) headers['If-Modified-Since'] = state.lastModified;

  const listResponse = await download(url, { ...limits, maxBytes: deps.maxBytes ?? MAX_LIST_BYTES, headers });
  if (listResponse.kind === 'failed') return { ok: false, message: await explainFailure(listResponse, url, deps) };
  if (listResponse.kind === 'not-modified') {
    if (!current) return { ok: false, message: `${url} answered "not modified" but no list from it is stored` };
    return { ok: true, changed: false, message: `not modified since the list from ${formatDay(current.importedAt)}`, validators: validatorsFrom(listResponse.headers, state) };
  }

  const signatureResponse = await download(signatureUrl, { ...limits, maxBytes: MAX_SIGNATURE_BYTES });
  // A missing signature (404) is "unsigned"; any other failure to fetch it is reported as such.
  if (signatureResponse.kind === 'failed' && !/^HTTP 404\b/.test(signatureResponse.message)) {
    return { ok: false, message: `signature: ${await explainFailure(signatureResponse, signatureUrl, deps)}` };
  }
  const accepted = await acceptDownload({
    text: listResponse.text,
    signature: signatureResponse.kind === 'ok' ? signatureResponse.text : undefined,
    trustedKeys: deps.trustedKeys,
    today: new Date(at).toISOString().slice(0, 10),
  });
  if (!accepted.ok) return accepted;

  const { list } = accepted;
  const message = `updated "${list.title}": ${list.entries.length} entries, signed with key "${accepted.keyId}"`;
  const stored = await storeSubscriptionList(deps.db, { url, list, keyId: accepted.keyId, signature: accepted.signature, at, message });
  if (!stored.ok) return stored;
  return { ok: true, changed: true, message, validators: validatorsFrom(listResponse.headers, {}) };
}

/** The new validators; a 304 may omit them, in which case the old ones still describe the stored list. */
function validatorsFrom(headers: Headers, previous: SubscriptionState): Pick<SubscriptionState, 'etag' | 'lastModified'> {
  const etag = headers.get('etag')?.slice(0, 1000) ?? previous.etag;
  const lastModified = headers.get('last-modified')?.slice(0, 200) ?? previous.lastModified;
  return { ...(etag === undefined ? {} : { etag }), ...(lastModified === undefined ? {} : { lastModified }) };
}

/**
 * A request that never got an answer is most often missing host access: say so when the browser
 * confirms the extension lacks it, since the fix (grant it, or CORS headers on the server) is not
 * obvious from "Failed to fetch".
 */
async function explainFailure(failure: Extract<Download, { kind: 'failed' }>, url: string, deps: RefreshDeps): Promise<string> {
  if (!failure.unreachable || !deps.hasHostAccess) return failure.message;
  if (await deps.hasHostAccess(originPattern(url)).catch(() => true)) return failure.message;
  return `no permission to reach ${new URL(url).origin}: allow it on the options page, or have the list server send Access-Control-Allow-Origin`;
}

function formatDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
