import type { PanelCandidate } from './CandidateSummary';
import { formatDate, isoOrUndefined } from './panel-format';
import { DECISION_LABELS } from '../lib/review/decision-history';

export interface ReviewStatusProps {
  decision: PanelCandidate['decision'];
  /** The case page's address, for the link's target (copyable, shown on hover). */
  caseHref?: string;
  /** Opens the case in a new tab; without it no link is offered. */
  onOpenCase?: () => void;
}

/**
 * HR's decision on the candidate, for the recruiter, and the way to the case. Only the state and
 * its date: the reviewer's reasons stay on the case page, out of pages that may be screen-shared.
 */
export function ReviewStatus({ decision, caseHref, onOpenCase }: ReviewStatusProps) {
  return (
    <div className="hp-review-status">
      {decision !== undefined ? (
        <p data-testid="hr-decision">
          HR decision: <strong>{DECISION_LABELS[decision.state]}</strong>,{' '}
          <time dateTime={isoOrUndefined(decision.at)}>{formatDate(decision.at)}</time>{' '}
          <span className="hp-muted">(the reviewer's decision; the signals are evidence, not a verdict)</span>
        </p>
      ) : null}
      {onOpenCase !== undefined ? (
        <a
          href={caseHref ?? '#'}
          onClick={(event) => {
            // The panel may be an iframe in the job site: a tab opened by the extension, not a navigation.
            event.preventDefault();
            onOpenCase();
          }}
        >
          Open case
        </a>
      ) : null}
    </div>
  );
}
