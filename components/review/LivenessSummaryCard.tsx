import type { LivenessRecord } from '../../lib/db/records';
import { formatDateTime } from '../panel-format';
import { challengeText, livenessFacts } from '../../lib/review/liveness-text';

/** One interview's liveness summary: derived cue values and challenges, never an image or landmark. */
export function LivenessSummaryCard({ record }: { record: LivenessRecord }) {
  const { summary } = record;
  return (
    <article className="hp-liveness-card" aria-label={`Interview of ${formatDateTime(summary.startedAt)}`}>
      <dl className="hp-facts">
        {livenessFacts(summary).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {summary.skipped === undefined ? (
        summary.challenges.length === 0 ? (
          <p className="hp-muted">No challenges were asked.</p>
        ) : (
          <>
            <h4>Challenges</h4>
            <ul>
              {summary.challenges.map((c, i) => (
                <li key={`${c.kind}-${c.at}-${i}`}>{challengeText(c)}</li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </article>
  );
}
