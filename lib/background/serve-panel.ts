import { z } from 'zod';
import { browser } from 'wxt/browser';
import { onCandidatesChanged } from '../db/changes';
import type { HireProofDb } from '../db/database';
import { addPastedEvidence, removeAddedEvidence } from '../db/added-evidence';
import { addNote, setFalsePositive, setFlaggedForReview } from '../db/recruiter-actions';
import { isFromExtensionPage, postQuietly, type ExtensionPort } from './extension-port';
import { ensureIpGeo } from './load-ip-geo';
import { TabStateSchema, tabStateKey, type TabState } from '../messaging';
import { buildPanelSnapshot } from '../panel/build-panel-snapshot';
import { PanelRequestSchema, type PanelAction, type PanelMessage } from '../panel/protocol';

export type PanelPort = ExtensionPort<PanelMessage>;

/**
 * Serves one connected panel: after `subscribe`, sends a snapshot of the tab's candidate now and
 * whenever the tab moves to another candidate or that candidate's data changes (announced by the
 * writers through `onCandidatesChanged`), and carries out the recruiter's actions. Only extension
 * pages may connect.
 */
export function servePanel(db: HireProofDb, port: PanelPort, now: () => number = Date.now): void {
  if (!isFromExtensionPage(port)) return;
  let state: TabState | undefined;
  let refreshing: Promise<void> | undefined;
  let again = false;
  const post = (message: PanelMessage) => postQuietly(port, message);
  // One snapshot build at a time; changes arriving meanwhile are folded into one more build.
  const refresh = (): void => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = buildPanelSnapshot(db, state)
      .then(
        (snapshot) => post({ type: 'snapshot', snapshot }),
        (e: unknown) => post({ type: 'snapshot', snapshot: { state: 'no-candidate', error: `Could not read stored data: ${String(e)}`, notes: [] } }),
      )
      .finally(() => {
        refreshing = undefined;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  const show = (next: TabState | undefined) => {
    state = next;
    refresh();
  };
  const stopWatchingData = onCandidatesChanged((ids) => {
    if (state?.candidateId && ids.has(state.candidateId)) refresh();
  });
  let stopWatchingTab: (() => void) | undefined;
  const watchTab = async (tabId: number) => {
    stopWatchingTab?.();
    const key = tabStateKey(tabId);
    const parse = (value: unknown) => {
      const parsed = TabStateSchema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) show(parse(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    stopWatchingTab = () => browser.storage.onChanged.removeListener(onChanged);
    show(parse((await browser.storage.session.get(key))[key]));
  };

  port.onMessage.addListener((raw) => {
    const request = PanelRequestSchema.safeParse(raw);
    if (!request.success) return;
    if (request.data.type === 'subscribe') void watchTab(request.data.tabId);
    else void act(db, request.data, now()).then(post);
  });
  port.onDisconnect.addListener(() => {
    stopWatchingData();
    stopWatchingTab?.();
  });
}

async function act(db: HireProofDb, action: PanelAction, now: number): Promise<PanelMessage> {
  try {
    let message: string | undefined;
    switch (action.type) {
      case 'add-note':
        await addNote(db, { candidateId: action.candidateId, text: action.text, now });
        break;
      case 'set-false-positive':
        await setFalsePositive(db, { ...action, now });
        break;
      case 'flag-for-review':
        await setFlaggedForReview(db, { candidateId: action.candidateId, flagged: true, reason: action.reason, now });
        break;
      case 'add-evidence':
        await ensureIpGeo();
        message = await addPastedEvidence(db, { candidateId: action.candidateId, text: action.text, now });
        break;
      case 'remove-evidence':
        await removeAddedEvidence(db, { candidateId: action.candidateId, evidenceId: action.evidenceId, now });
        break;
    }
    return { type: 'action-result', requestId: action.requestId, ok: true, ...(message === undefined ? {} : { message }) };
  } catch (e) {
    const error = e instanceof z.ZodError ? e.issues.map((i) => i.message).join('; ') : e instanceof Error ? e.message : String(e);
    return { type: 'action-result', requestId: action.requestId, ok: false, error };
  }
}
