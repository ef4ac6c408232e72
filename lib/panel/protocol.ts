import { z } from 'zod';
import type { DecisionState } from '../db/review-records';
import type { Assessment } from '../risk/assessment';

/**
 * The panel (in-page iframe or side panel) talks to the background over a runtime Port named
 * `PANEL_PORT_NAME`. The in-page iframe is a third-party frame on the job site, and browsers that
 * block third-party storage deny it IndexedDB, so the panel never opens the database itself: the
 * background sends snapshots whenever the data behind them changes, and carries out actions.
 */
export const PANEL_PORT_NAME = 'hireproof-panel';

/** Longest note and review-flag reason a recruiter can save; the forms and the database agree. */
export const NOTE_MAX_LENGTH = 2000;
export const FLAG_REASON_MAX_LENGTH = 300;

const id = z.string().min(1).max(100);

export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('add-note'), requestId: id, candidateId: id, text: z.string().max(10_000) }),
  z.object({ type: z.literal('set-false-positive'), requestId: id, candidateId: id, signalId: id, value: z.boolean() }),
  z.object({ type: z.literal('flag-for-review'), requestId: id, candidateId: id, reason: z.string().max(10_000) }),
  // Pasted text is read (and capped) by the background; the bound here only stops absurd messages.
  z.object({ type: z.literal('add-evidence'), requestId: id, candidateId: id, text: z.string().min(1).max(1_000_000) }),
  z.object({ type: z.literal('remove-evidence'), requestId: id, candidateId: id, evidenceId: z.string().min(1).max(300) }),
]);
export type PanelRequest = z.infer<typeof PanelRequestSchema>;
export type PanelAction = Exclude<PanelRequest, { type: 'subscribe' }>;
/** An action as the panel states it; the connection adds the request id. */
export type PanelActionInput = PanelAction extends infer A ? (A extends PanelAction ? Omit<A, 'requestId'> : never) : never;

export interface PanelSnapshot {
  state: 'loading' | 'no-candidate' | 'ready';
  error?: string;
  candidate?: {
    id: string;
    displayName: string;
    otherNames: string[];
    headline?: string;
    location?: string;
    sightings: { source: string; pageUrl: string; observedAt: number }[];
    flaggedForReview: boolean;
    /** HR's current decision (its state and when; the reason stays on the case page), if any. */
    decision?: { state: DecisionState; at: number };
  };
  assessment?: Assessment;
  notes: { id: string; text: string; createdAt: number }[];
  /** IPs and UTC offsets recruiters added for this candidate, newest first. */
  addedEvidence?: { id: string; label: string; kind: 'ip' | 'utc-offset'; addedAt: number }[];
}

export type PanelMessage =
  | { type: 'snapshot'; snapshot: PanelSnapshot }
  | { type: 'action-result'; requestId: string; ok: true; message?: string }
  | { type: 'action-result'; requestId: string; ok: false; error: string };
