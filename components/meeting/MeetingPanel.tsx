import { useId } from 'react';
import type { ChallengeKind } from '../../lib/meeting/bridge-protocol';
import type { LinksState } from '../../lib/meeting/candidate-links';
import type { LivenessState } from '../../lib/meeting/liveness-tracker';
import type { CandidateMatch } from '../../lib/meeting/record-protocol';
import type { ParticipantInfo } from '../../lib/sites/meetings/define-meeting-adapter';
import { CandidateLinkView } from './CandidateLinkView';
import { PanelHeader } from '../PanelHeader';
import { ConsentGate } from './ConsentGate';
import { ParticipantRow } from './ParticipantRow';
import '../risk-panel.css';
import './meeting-panel.css';

/** Where the landmarker stands; `failed` carries what went wrong. */
export type AnalysisStatus = { state: 'idle' | 'starting' | 'ready' } | { state: 'failed'; error: string };

export interface MeetingPanelProps {
  connected: boolean;
  state: LivenessState;
  analysis: AnalysisStatus;
  /** Undefined while the settings load: consent waits for the organisation's text. */
  notice: string | undefined;
  /** Saving summaries on stored candidates; absent when the panel cannot reach the background. */
  links?: {
    state: LinksState;
    find: (query: string) => Promise<CandidateMatch[]>;
    onLink: (participant: ParticipantInfo, match: CandidateMatch) => void;
    onUnlink: (key: string) => void;
    onRetry: (key: string) => void;
  };
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onConsent: (given: boolean) => void;
  onSkip: (key: string, skip: boolean) => void;
  onStartChallenge: (key: string, kind: ChallengeKind) => void;
  onEndChallenge: (key: string) => void;
  error?: string;
  /** Which face model is running (lib/meeting/model-line.ts). */
  model?: string;
  theme?: 'light' | 'dark';
}

const ANALYSIS_TEXT = {
  idle: 'The face landmarker starts after consent.',
  starting: 'Starting the face landmarker on this computer…',
  ready: 'Analysing on this computer; nothing is recorded or sent.',
} as const;

/** The meeting panel: presentational. Consent first; then one row per participant. */
export function MeetingPanel(props: MeetingPanelProps) {
  const { state, collapsed, analysis, links } = props;
  const bodyId = useId();
  const participants = state.snapshot?.participants ?? [];
  // For diagnostics and the end-to-end test: frames that reached the panel at all, from anyone.
  const received = [...state.records.values()].reduce((sum, r) => sum + r.received, 0);
  const error = props.error ?? state.error ?? (analysis.state === 'failed' ? `The face landmarker could not start: ${analysis.error}` : undefined);
  return (
    <section className="hp-panel hp-meeting" aria-label="HireProof liveness panel" data-theme={props.theme} data-frames-received={received}>
      <PanelHeader title="HireProof liveness" collapsed={collapsed} bodyId={bodyId} onToggleCollapsed={props.onToggleCollapsed} />
      {error !== undefined ? (
        <p className="hp-error hp-error--panel" role="alert">
          {error}
        </p>
      ) : null}
      <div id={bodyId} className="hp-body" hidden={collapsed}>
        {!state.consent ? (
          <ConsentGate notice={props.notice} enabled={props.connected} onConsent={() => props.onConsent(true)} />
        ) : (
          <>
            <p className="hp-muted" role="status">
              {analysis.state === 'failed' ? 'No analysis is running.' : ANALYSIS_TEXT[analysis.state]}
            </p>
            {analysis.state === 'ready' && props.model !== undefined ? (
              <p className="hp-muted" data-testid="face-model">
                {props.model}
              </p>
            ) : null}
            {participants.length === 0 ? <p className="hp-muted">No participants found on this page yet.</p> : null}
            <ul className="hp-participants">
              {participants.map((p) => (
                <ParticipantRow
                  key={p.key}
                  participant={p}
                  record={state.records.get(p.key)}
                  skipped={state.skipped.has(p.key)}
                  checking={state.requested.has(p.key)}
                  onSkip={(skip) => props.onSkip(p.key, skip)}
                  onStartChallenge={(kind) => props.onStartChallenge(p.key, kind)}
                  onEndChallenge={() => props.onEndChallenge(p.key)}
                  link={
                    links ? (
                      <CandidateLinkView
                        participantName={p.name ?? ''}
                        link={links.state.links.get(p.key)}
                        find={links.find}
                        onLink={(match) => links.onLink(p, match)}
                        onUnlink={() => links.onUnlink(p.key)}
                        onRetry={() => links.onRetry(p.key)}
                      />
                    ) : undefined
                  }
                />
              ))}
            </ul>
            <p className="hp-muted">Signals are evidence for a person to weigh, not a decision.</p>
            <button type="button" className="hp-button hp-button--secondary" onClick={() => props.onConsent(false)}>
              Stop liveness (consent withdrawn)
            </button>
          </>
        )}
      </div>
    </section>
  );
}
