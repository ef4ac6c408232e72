import type { CallIdentity } from '../../lib/meeting/call-identity';
import type { CueSummary } from '../../lib/meeting/cue-summary';
import { WINDOW_MS } from '../../lib/meeting/participant-record';
import { blinkText, frozenText, headPoseText, identityText, multipleFacesText, presenceText } from './liveness-format';
import { Sparkline } from './Sparkline';

/** Yaw beyond this is drawn at the chart's edge. */
const YAW_LIMIT_DEG = 60;

/** The cues over the last minute, and the head's yaw over time (gaps where no face was found). */
export function CueSummaryView({ summary, identity }: { summary: CueSummary; identity?: CallIdentity }) {
  const last = summary.yaw.at(-1)?.t ?? 0;
  const warnings = [frozenText(summary), multipleFacesText(summary)].filter((w): w is string => w !== undefined);
  const points = summary.yaw.map((p) => ({ t: p.t, value: p.yawDeg }));
  const missing = summary.yaw.filter((p) => p.yawDeg === undefined).length;
  const label = `Head turn over the last minute: ${summary.yaw.length} frames${missing > 0 ? `, ${missing} without a face (gaps)` : ''}.`;
  return (
    <div className="hp-cues">
      <Sparkline points={points} startMs={last - WINDOW_MS} endMs={last} min={-YAW_LIMIT_DEG} max={YAW_LIMIT_DEG} label={label} />
      <ul className="hp-cues__list">
        <li>{presenceText(summary)}</li>
        <li>{blinkText(summary)}</li>
        <li>{headPoseText(summary)}</li>
        <li>{identityText(identity)}</li>
      </ul>
      {warnings.map((warning) => (
        <p key={warning} className="hp-cues__warning">
          {warning}
        </p>
      ))}
    </div>
  );
}
