import { browser } from 'wxt/browser';
import { notifyCandidatesChanged } from '../db/changes';
import type { HireProofDb } from '../db/database';
import { assessmentTables, assessStoredCandidate } from '../db/assess-stored-candidate';
import { ExtensionPageMessageSchema, TabStateSchema } from '../messaging';
import type { DeleteCandidateReply, ExportCandidateReply } from '../governance/case-data-replies';
import type { MergeCandidatesReply, SplitCandidateReply } from '../governance/merge-split-replies';
import type { RefreshSubscriptionsReply } from '../subscriptions/refresh-reply';
import { ensureIpGeo } from './load-ip-geo';
import { loadActiveLists } from './load-lists';
import { serveCaseData } from './serve-case-data';
import { serveMergeSplit } from './serve-merge-split';
import { refreshConfiguredSubscriptions } from './subscriptions-refresh';

/**
 * Handles a message from one of the extension's own pages (sender has no tab, or a tab whose URL is
 * ours). Returns undefined for anything else so the content-script handler can take it.
 */
export async function handlePageMessage(
  db: HireProofDb,
  raw: unknown,
  sender: { id?: string; url?: string },
  now: number,
): Promise<
  { ok: true } | RefreshSubscriptionsReply | DeleteCandidateReply | ExportCandidateReply | MergeCandidatesReply | SplitCandidateReply | { ok: false; error: string } | undefined
> {
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  const message = ExtensionPageMessageSchema.safeParse(raw);
  if (!message.success) return undefined;
  try {
    switch (message.data.type) {
      case 'lists-changed':
        await loadActiveLists(db);
        await reassessOpenCandidates(db, now);
        return { ok: true };
      case 'refresh-subscriptions': {
        const results = await refreshConfiguredSubscriptions(db);
        if (results.some((r) => r.changed)) {
          await loadActiveLists(db);
          await reassessOpenCandidates(db, now);
        }
        return { ok: true, results: results.map(({ url, ok, message }) => ({ url, ok, message })) };
      }
      case 'candidates-changed':
        notifyCandidatesChanged(message.data.candidateIds);
        return { ok: true };
      case 'delete-candidate':
      case 'export-candidate':
        return await serveCaseData(db, message.data, now);
      case 'merge-candidates':
      case 'split-candidate':
        return await serveMergeSplit(db, message.data, now);
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Re-checks the candidates open in some tab right now, so their panels show the new lists at once.
 * Everyone else is re-checked the next time they are seen: re-checking a whole database on every
 * list edit would cost minutes for the sake of candidates nobody is looking at.
 */
export async function reassessOpenCandidates(db: HireProofDb, now: number): Promise<void> {
  await ensureIpGeo();
  const session = await browser.storage.session.get(null);
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(session)) {
    if (!key.startsWith('tab:')) continue;
    const state = TabStateSchema.safeParse(value);
    if (state.success && state.data.candidateId !== undefined) ids.add(state.data.candidateId);
  }
  const done: string[] = [];
  for (const id of ids) {
    const exists = await db.candidates.get(id);
    if (!exists) continue;
    await db.transaction('rw', assessmentTables(db), () => assessStoredCandidate(db, id, now));
    done.push(id);
  }
  notifyCandidatesChanged(done);
}
