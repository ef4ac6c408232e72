import { useId } from 'react';
import type { AdapterHealth } from '../lib/candidate/observation';
import type { Assessment } from '../lib/risk/assessment';
import { AddEvidence, type AddedEvidenceItem } from './AddEvidence';
import { CandidateSummary, type PanelCandidate } from './CandidateSummary';
import { FlagForReview } from './FlagForReview';
import { HealthBanner } from './HealthBanner';
import { IpDataNotice, showsIpData } from './IpDataNotice';
import { NoteForm } from './NoteForm';
import { NoteList, type PanelNote } from './NoteList';
import { PanelHeader } from './PanelHeader';
import { ReviewStatus } from './ReviewStatus';
import { ScoreBadge } from './ScoreBadge';
import { SignalList } from './SignalList';
import './risk-panel.css';

export interface RiskPanelProps {
  state: 'loading' | 'no-candidate' | 'ready';
  candidate?: PanelCandidate;
  assessment?: Assessment;
  /** Health of the adapter that read the page; falls back to `assessment.health`. */
  health?: AdapterHealth;
  notes: PanelNote[];
  /** IPs and offsets recruiters added; with `onAddEvidence` the panel offers to add more. */
  addedEvidence?: readonly AddedEvidenceItem[];
  onAddEvidence?: (text: string) => Promise<string | undefined>;
  onRemoveEvidence?: (id: string) => Promise<unknown>;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onAddNote: (text: string) => Promise<void> | void;
  onSetFalsePositive: (signalId: string, value: boolean) => void;
  /** May return a promise: the form then waits for it and shows an error if it rejects. */
  onFlagForReview: (reason: string) => void;
  /** Opens the candidate's HR case page (a new tab); `caseHref` is its address. Without it no link shows. */
  onOpenCase?: () => void;
  caseHref?: string;
  /** Shown in an alert region above the body. */
  error?: string;
  /** Forces a colour scheme; without it the panel follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
}

/**
 * The risk panel: presentational only. Data arrives through props and actions leave through
 * callbacks. Everything about the candidate came from web pages and is rendered as text.
 */
export function RiskPanel(props: RiskPanelProps) {
  const { state, candidate, assessment, collapsed, error, theme } = props;
  const bodyId = useId();
  const ready = state === 'ready' && candidate !== undefined;
  const announcement =
    ready && assessment !== undefined ? `Risk score now ${Math.round(assessment.score)}/100, ${assessment.band}.` : '';

  return (
    <section className="hp-panel" aria-label="HireProof risk panel" data-theme={theme}>
      <PanelHeader title="HireProof" collapsed={collapsed} bodyId={bodyId} onToggleCollapsed={props.onToggleCollapsed}>
        {collapsed && ready && assessment !== undefined ? (
          <ScoreBadge score={assessment.score} band={assessment.band} compact />
        ) : null}
      </PanelHeader>
      {/* Always mounted so a change of score is announced, not only the first render. */}
      <p className="hp-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {error !== undefined && error !== '' ? (
        <p className="hp-error hp-error--panel" role="alert">
          {error}
        </p>
      ) : null}
      {/* Kept mounted while collapsed so a half-written note survives; keyed so it never follows
          the recruiter to the next candidate. */}
      <div id={bodyId} className="hp-body" hidden={collapsed}>
        <PanelBody key={candidate?.id ?? state} {...props} />
      </div>
    </section>
  );
}

function PanelBody(props: RiskPanelProps) {
  const { state, candidate, assessment, notes } = props;
  if (state === 'loading') {
    return (
      <p className="hp-muted" role="status">
        Loading the assessment…
      </p>
    );
  }
  if (state === 'no-candidate' || candidate === undefined) {
    return <p className="hp-muted">No candidate on this page. Open a candidate profile to see risk signals.</p>;
  }

  const health = props.health ?? assessment?.health;
  // Only the checks the missing fields cost; others skip on every page of this kind (no phone on LinkedIn).
  const skipped = assessment?.skippedByLayout?.length ?? 0;

  return (
    <>
      <CandidateSummary candidate={candidate} />
      {assessment === undefined ? (
        <p className="hp-muted">This candidate has not been assessed yet.</p>
      ) : (
        <ScoreBadge score={assessment.score} band={assessment.band} />
      )}
      {health !== undefined ? <HealthBanner health={health} skippedCount={skipped} /> : null}
      {assessment !== undefined ? (
        <SignalList results={assessment.results} onSetFalsePositive={props.onSetFalsePositive} />
      ) : null}
      {assessment !== undefined && showsIpData(assessment.results) ? <IpDataNotice /> : null}
      {assessment !== undefined && assessment.explanation.length > 0 ? (
        <section className="hp-section">
          <h3>Why this score</h3>
          <ul className="hp-explanation">
            {assessment.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p className="hp-muted">Signals are evidence for a person to weigh, not a decision.</p>
        </section>
      ) : null}
      {props.onAddEvidence !== undefined && props.onRemoveEvidence !== undefined ? (
        <section className="hp-section">
          <h3>Network evidence</h3>
          <AddEvidence items={props.addedEvidence ?? []} onAdd={props.onAddEvidence} onRemove={props.onRemoveEvidence} />
        </section>
      ) : null}
      <section className="hp-section">
        <h3>Notes</h3>
        <NoteForm onAddNote={props.onAddNote} />
        <NoteList notes={notes} />
      </section>
      <section className="hp-section">
        <h3>HR review</h3>
        <FlagForReview flagged={candidate.flaggedForReview} onFlagForReview={props.onFlagForReview} />
        <ReviewStatus decision={candidate.decision} caseHref={props.caseHref} onOpenCase={props.onOpenCase} />
      </section>
    </>
  );
}
