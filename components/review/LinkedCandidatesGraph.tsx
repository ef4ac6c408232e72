import { useId } from 'react';
import type { IdentityKeyRecord } from '../../lib/db/records';
import { caseHash } from '../../lib/review/hash-route';
import { describeIdentityKey } from '../../lib/review/identity-key-text';
import { caseGraph, type LinkedCandidate } from '../../lib/review/linked-candidates';
import type { Band } from '../../lib/risk/assessment';
import { BAND_LABELS } from '../panel-format';

export interface LinkedCandidatesGraphProps {
  self: { candidateId: string; displayName: string; band?: Band };
  linked: readonly LinkedCandidate[];
  /** Linked candidates not read (MAX_LINKED). */
  omitted: number;
  rows: readonly IdentityKeyRecord[];
  onOpen: (candidateId: string) => void;
}

const WIDTH = 560;
const HEIGHT = 340;
const MAX_NODES = 13;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Candidates sharing an identity key with this one: a small drawing (this applicant in the middle,
 * an edge per shared key, labelled with its kind) and the same facts as a list with links. The
 * drawing is one image to assistive technology; the list is what a keyboard or screen reader uses.
 */
export function LinkedCandidatesGraph({ self, linked, omitted, rows, onOpen }: LinkedCandidatesGraphProps) {
  const titleId = useId();
  if (linked.length === 0) return <p className="hp-muted">No other applicant holds any of these identity keys.</p>;
  const graph = caseGraph({ self, linked, rows, width: WIDTH, height: HEIGHT, maxNodes: MAX_NODES });
  const at = new Map(graph.nodes.map((n) => [n.candidateId, n]));
  return (
    <>
      <svg
        className="hp-graph"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        data-testid="linked-graph"
      >
        <title id={titleId}>
          {`${self.displayName} shares identity keys with ${linked.length} other applicant${linked.length === 1 ? '' : 's'}; they are listed below.`}
        </title>
        {graph.edges.map((edge) => {
          const a = at.get(edge.from);
          const b = at.get(edge.to);
          if (!a || !b) return null;
          return (
            <g key={`${edge.from}-${edge.to}`} className="hp-graph__edge">
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 4} textAnchor="middle">
                {edge.label}
              </text>
            </g>
          );
        })}
        {graph.nodes.map((node) => (
          <g
            key={node.candidateId}
            className={`hp-graph__node${node.self ? ' hp-graph__node--self' : ''}`}
            data-band={node.band ?? 'none'}
            // Pointer convenience only; the list below has the same links for everyone else.
            onClick={node.self ? undefined : () => onOpen(node.candidateId)}
          >
            <circle cx={node.x} cy={node.y} r={node.self ? 16 : 11} />
            <text x={node.x} y={node.y + (node.self ? 32 : 26)} textAnchor="middle">
              {shorten(node.label, 22)}
            </text>
          </g>
        ))}
      </svg>
      {graph.omitted + omitted > 0 ? (
        <p className="hp-muted">The drawing shows {graph.nodes.length - 1} of them; the list has all{omitted > 0 ? ` but ${omitted} more not read` : ''}.</p>
      ) : null}
      <ul className="hp-linked" aria-label="Linked applicants">
        {linked.map((l) => (
          <li key={l.candidateId} data-candidate-id={l.candidateId}>
            <a href={caseHash(l.candidateId)}>{l.displayName}</a>
            {l.band !== undefined ? <span className="hp-muted"> ({BAND_LABELS[l.band]} risk)</span> : null} shares{' '}
            {l.sharedKeys
              .map((k) => {
                const d = describeIdentityKey(k);
                return `${d.label} ${d.value}`;
              })
              .join('; ')}
          </li>
        ))}
      </ul>
    </>
  );
}
