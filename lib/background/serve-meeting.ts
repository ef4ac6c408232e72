import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { HireProofDb } from '../db/database';
import { findCandidates } from '../db/find-candidates';
import { attachLivenessSummary, detachLivenessSummary } from '../db/liveness';
import { TAB_STATE_PREFIX, TabStateSchema } from '../messaging';
import { MAX_MATCHES, MeetingRequestSchema, type MeetingReply, type MeetingRequest } from '../meeting/record-protocol';
import { isFromExtensionPage, postQuietly, type ExtensionPort } from './extension-port';

export type MeetingPort = ExtensionPort<MeetingReply>;

/**
 * Serves one meeting panel (lib/meeting/record-protocol.ts): candidate look-ups for its picker, and
 * the liveness summaries it saves. Requests are answered in any order, each by its request id.
 */
export function serveMeeting(db: HireProofDb, port: MeetingPort, now: () => number = Date.now): void {
  if (!isFromExtensionPage(port)) return;
  port.onMessage.addListener((raw) => {
    const request = MeetingRequestSchema.safeParse(raw);
    if (!request.success) return;
    void answer(db, request.data, now()).then((reply) => postQuietly(port, reply));
  });
}

async function answer(db: HireProofDb, request: MeetingRequest, now: number): Promise<MeetingReply> {
  try {
    switch (request.type) {
      case 'find-candidates': {
        const matches = await findCandidates(db, { query: request.query, openCandidateIds: await candidatesOpenInTabs(), limit: MAX_MATCHES });
        return { type: 'candidates', requestId: request.requestId, matches };
      }
      case 'save-liveness':
        await attachLivenessSummary(db, { candidateId: request.candidateId, summaryId: request.summaryId, summary: request.summary, now });
        return { type: 'saved', requestId: request.requestId };
      case 'remove-liveness':
        await detachLivenessSummary(db, { summaryId: request.summaryId, now });
        return { type: 'saved', requestId: request.requestId };
    }
  } catch (e) {
    const error = e instanceof z.ZodError ? e.issues.map((i) => [...i.path.map(String), i.message].join(': ')).join('; ') : e instanceof Error ? e.message : String(e);
    return { type: 'failed', requestId: request.requestId, error: error.slice(0, 2000) };
  }
}

/** Candidates whose page some tab shows now (the content scripts keep each tab's state in session storage). */
async function candidatesOpenInTabs(): Promise<Set<string>> {
  const all = await browser.storage.session.get(null);
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(TAB_STATE_PREFIX)) continue;
    const state = TabStateSchema.safeParse(value);
    if (state.success && state.data.status === 'ready' && state.data.candidateId) ids.add(state.data.candidateId);
  }
  return ids;
}
