import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { buildTimeline } from '../../lib/review/build-timeline';
import { currentDecision, DECISION_LABELS } from '../../lib/review/decision-history';
import { queueHash } from '../../lib/review/hash-route';
import type { ExportDone } from '../../lib/review/export-actions';
import type { CaseData } from '../../lib/review/load-case';
import type { Loaded } from '../../lib/review/use-live-load';
import { NoteList } from '../NoteList';
import { ScoreBadge } from '../ScoreBadge';
import { SignalList } from '../SignalList';
import { formatDateTime } from '../panel-format';
import { AssessmentHistoryTable } from './AssessmentHistoryTable';
import { CaseTimeline } from './CaseTimeline';
import { DecisionForm, type DecisionFormProps } from './DecisionForm';
import { DecisionHistoryList } from './DecisionHistoryList';
import { ExportButton } from './ExportButton';
import { FalsePositiveMarks } from './FalsePositiveMarks';
import { IdentitySection } from './IdentitySection';
import { LinkedCandidatesGraph } from './LinkedCandidatesGraph';
import { LivenessSummaryCard } from './LivenessSummaryCard';

export interface CasePageProps {
  caseData: Loaded<CaseData | undefined>;
  onDecide: DecisionFormProps['onDecide'];
  onOpenCase: (candidateId: string) => void;
  /** False when this view could not be written to the audit log. */
  viewLogged: boolean | undefined;
  /**
   * Extension point for data-governance actions on the case (delete the applicant's data, a
   * subject-access export): rendered in the case's toolbar after "Export report".
   */
  actions?: ReactNode;
  /** Builds, audits and saves the printable report; without it there is no "Export report" button. */
  onExportReport?: (data: CaseData) => Promise<ExportDone>;
  /** Merging this record with another or splitting it: a section of its own after Identity, when given. */
  recordTools?: (data: CaseData) => ReactNode;
}

const SECTIONS = [
  ['decision', 'Decision'],
  ['identity', 'Identity'],
  ['records', 'Merge or split'],
  ['signals', 'Signals'],
  ['history', 'Score history'],
  ['liveness', 'Interviews'],
  ['linked', 'Linked applicants'],
  ['notes', 'Notes'],
  ['timeline', 'Timeline'],
] as const;

/** One applicant's case: who they are, what was seen, how the score moved, and HR's decision. */
export function CasePage({ caseData, onDecide, onOpenCase, viewLogged, actions, onExportReport, recordTools }: CasePageProps) {
  const data = caseData.status === 'ready' ? caseData.data : undefined;
  const signalTitles = useMemo(() => new Map(data?.assessment?.results.map((r) => [r.signalId, r.title]) ?? []), [data]);
  const timeline = useMemo(
    () =>
      data
        ? buildTimeline({
            observations: data.observations,
            liveness: data.liveness,
            notes: data.notes,
            evidence: data.evidence,
            audit: data.audit,
            decisions: data.decisions,
            history: data.history,
            signalTitles,
          })
        : [],
    [data, signalTitles],
  );
  // Arriving on a case (from the queue, a link or a node) puts focus on its name, where reading starts.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownId = data?.candidate.id;
  useEffect(() => {
    if (shownId !== undefined) headingRef.current?.focus();
  }, [shownId]);

  if (caseData.status === 'loading') return <main className="hp-hr__main"><p role="status">Loading the case…</p></main>;
  if (caseData.status === 'error') {
    return (
      <main className="hp-hr__main">
        <p className="hp-error" role="alert">The case could not be read: {caseData.error}</p>
        <p><a href={queueHash()}>Back to the review queue</a></p>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="hp-hr__main">
        <h1>No such applicant</h1>
        <p>This applicant is not stored (any more). <a href={queueHash()}>Back to the review queue</a></p>
      </main>
    );
  }

  const { candidate, assessment } = data;
  const current = currentDecision(data.decisions);
  const otherNames = new Map(data.linked.map((l) => [l.candidateId, l.displayName]));
  return (
    <main className="hp-hr__main hp-case" data-candidate-id={candidate.id}>
      <p><a href={queueHash()}>← Review queue</a></p>
      <header className="hp-case__header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {candidate.displayName}
          </h1>
          {candidate.flaggedForReview === 1 ? (
            <p className="hp-flagged">⚑ Flagged for HR review{candidate.flagReason ? `: ${candidate.flagReason}` : ''}</p>
          ) : null}
          <p data-testid="current-decision">
            {current && current.state !== 'reversed'
              ? `Decision: ${DECISION_LABELS[current.state]} (${formatDateTime(current.at)})`
              : 'No decision yet.'}
          </p>
        </div>
        {assessment ? <ScoreBadge score={assessment.score} band={assessment.band} /> : <p className="hp-muted">Not assessed yet.</p>}
        {actions !== undefined || onExportReport !== undefined ? (
          <div className="hp-case__actions" role="toolbar" aria-label="Case actions">
            {onExportReport !== undefined ? (
              <ExportButton
                label="Export report"
                unit="parts"
                hint="A printable HTML file; the export is recorded in the audit log."
                onExport={async () => {
                  const done = await onExportReport(data);
                  return `Saved ${done.fileName}. Open it in the browser to print it or save it as PDF.`;
                }}
              />
            ) : null}
            {actions}
          </div>
        ) : null}
      </header>
      {viewLogged === false ? (
        <p className="hp-notice" role="alert">This view could not be written to the audit log.</p>
      ) : null}
      <nav aria-label="Case sections">
        <ul className="hp-case__nav">
          {SECTIONS.filter(([id]) => id !== 'records' || recordTools !== undefined).map(([id, label]) => (
            <li key={id}><a href={`#case-${id}`} onClick={(e) => jumpTo(e, `case-${id}`)}>{label}</a></li>
          ))}
        </ul>
      </nav>

      <Section id="decision" title="Decision">
        <p className="hp-muted">
          The decision is the reviewer's. Signals are evidence to weigh, never a verdict. The wording below is HR's and is never
          shown to the applicant.
        </p>
        <DecisionForm current={current} onDecide={onDecide} />
        <h3>History</h3>
        <DecisionHistoryList decisions={data.decisions} />
      </Section>

      <Section id="identity" title="Identity">
        <IdentitySection candidate={candidate} keyRows={data.keyRows} otherNames={otherNames} />
      </Section>

      {recordTools !== undefined ? (
        <Section id="records" title="Merge or split">
          {recordTools(data)}
        </Section>
      ) : null}

      <Section id="signals" title="Signals">
        {assessment ? (
          <>
            <SignalList results={assessment.results} />
            {assessment.explanation.length > 0 ? (
              <>
                <h3>Why this score</h3>
                <ul className="hp-explanation">
                  {assessment.explanation.map((line, i) => <li key={i}>{line}</li>)}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p className="hp-muted">No checks have run for this applicant yet.</p>
        )}
        <h3>False-positive marks</h3>
        <FalsePositiveMarks signalIds={candidate.falsePositiveSignalIds} audit={data.audit} signalTitles={signalTitles} />
      </Section>

      <Section id="history" title="Score history">
        <AssessmentHistoryTable history={data.history} signalTitles={signalTitles} />
      </Section>

      <Section id="liveness" title="Interviews">
        {data.liveness.length === 0 ? (
          <p className="hp-muted">No interview liveness summary is attached.</p>
        ) : (
          data.liveness.map((record) => <LivenessSummaryCard key={record.id} record={record} />)
        )}
      </Section>

      <Section id="linked" title="Linked applicants">
        <LinkedCandidatesGraph
          self={{ candidateId: candidate.id, displayName: candidate.displayName, ...(assessment ? { band: assessment.band } : {}) }}
          linked={data.linked}
          omitted={data.linkedOmitted}
          rows={data.keyRows}
          onOpen={onOpenCase}
        />
      </Section>

      <Section id="notes" title="Notes">
        <NoteList notes={data.notes} />
      </Section>

      <Section id="timeline" title="Timeline">
        <CaseTimeline entries={timeline} />
      </Section>
    </main>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="hp-section" aria-labelledby={`case-${id}`}>
      <h2 id={`case-${id}`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** In-page links would change the hash, which is the route: move focus and scroll instead. */
function jumpTo(event: { preventDefault: () => void }, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView();
  target?.focus();
}
