import type { DecisionState } from '../lib/db/review-records';
import { formatDate, isoOrUndefined, safeHttpUrl, sourceLabel } from './panel-format';

export interface PanelSighting {
  source: string;
  pageUrl: string;
  observedAt: number;
}

export interface PanelCandidate {
  id: string;
  displayName: string;
  otherNames: string[];
  headline?: string;
  location?: string;
  sightings: PanelSighting[];
  flaggedForReview: boolean;
  /** HR's current decision, when there is one (lib/panel/protocol.ts). */
  decision?: { state: DecisionState; at: number };
}

export interface CandidateSummaryProps {
  candidate: PanelCandidate;
}

/** Who the panel is about and where they were seen. Every string is page text: rendered as text. */
export function CandidateSummary({ candidate }: CandidateSummaryProps) {
  return (
    <section className="hp-candidate">
      <h3 className="hp-candidate__name">{candidate.displayName}</h3>
      {candidate.headline !== undefined ? <p className="hp-candidate__headline">{candidate.headline}</p> : null}
      {candidate.location !== undefined ? <p className="hp-muted">Location given: {candidate.location}</p> : null}
      {candidate.otherNames.length > 0 ? (
        <p className="hp-muted">Also seen as: {candidate.otherNames.join(', ')}</p>
      ) : null}
      {candidate.sightings.length > 0 ? (
        <ul className="hp-sightings" aria-label="Sightings">
          {candidate.sightings.map((sighting, i) => (
            <Sighting key={`${sighting.source}-${sighting.observedAt}-${i}`} sighting={sighting} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Sighting({ sighting }: { sighting: PanelSighting }) {
  const href = safeHttpUrl(sighting.pageUrl);
  const label = sourceLabel(sighting.source);
  const date = (
    <time dateTime={isoOrUndefined(sighting.observedAt)}>{formatDate(sighting.observedAt)}</time>
  );
  if (href === undefined) {
    // Not an http(s) URL: never a link; the address is shown as plain text for the record.
    return (
      <li>
        Seen on {label}, {date} <span className="hp-url">{sighting.pageUrl}</span>
      </li>
    );
  }
  return (
    <li>
      Seen on{' '}
      <a href={href} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
      , {date}
    </li>
  );
}
