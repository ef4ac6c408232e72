import type { CallIdentity } from '../../lib/meeting/call-identity';
import type { CueSummary } from '../../lib/meeting/cue-summary';
import { WINDOW_MS } from '../../lib/meeting/participant-record';
import { blinkText, frozenText, headPoseText, identityText, multipleFacesText, presenceText } from './liveness-format';
import { Sparkline } from './Sparkline';

/** Yaw beyond this is drawn at the chart's edge. */
const YAW_LIMIT_DEG = 60;
/** An open eye's aspect ratio is about 0.3 with this model; closed is near 0.1. */
const EYE_CHART_MAX = 0.45;

/** The cues over the last minute, and the head's yaw over time (gaps where no face was found). */
export function CueSummaryView({ summary, identity }: { summary: CueSummary; identity?: CallIdentity }) {
  const last = summary.yaw.at(-1)?.t ?? 0;
  const warnings = [frozenText(summary), multipleFacesText(summary)].filter((w): w is string => w !== undefined);
  const points = summary.yaw.map((p) => ({ t: p.t, value: p.yawDeg }));
  const missing = summary.yaw.filter((p) => p.yawDeg === undefined).length;
  const label = `Head turn over the last minute: ${summary.yaw.length} frames${missing > 0 ? `, ${missing} without a face (gaps)` : ''}.`;
  const eyes = summary.eyes;
  const eyeLabel = `Eye openness over the last minute: ${eyes.filter((p) => p.value !== undefined).length} frames measured; the dips are blinks.`;
  return (
    <div className="hp-cues">
      <p className="hp-chart-label" aria-hidden="true">Head turn</p>
      <Sparkline points={points} startMs={last - WINDOW_MS} endMs={last} min={-YAW_LIMIT_DEG} max={YAW_LIMIT_DEG} label={label} />
      <p className="hp-chart-label" aria-hidden="true">Eye openness</p>
      <Sparkline points={eyes} startMs={last - WINDOW_MS} endMs={last} min={0} max={EYE_CHART_MAX} label={eyeLabel} />
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
