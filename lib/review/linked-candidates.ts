import type { IdentityKeyRecord } from '../db/records';
import type { Band } from '../risk/assessment';
import { describeIdentityKey } from './identity-key-text';

/** Another candidate holding at least one of this candidate's identity keys. */
export interface LinkedCandidate {
  candidateId: string;
  displayName: string;
  band?: Band;
  /** The key strings both hold, sorted. */
  sharedKeys: string[];
}

export interface GraphNode {
  candidateId: string;
  label: string;
  band?: Band;
  self: boolean;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Kinds of the shared keys ("Phone, E-mail"): the edge's visible label. */
  label: string;
  keys: string[];
}

export interface CaseGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Linked candidates left out of the drawing (still in the list). */
  omitted: number;
}

/** Others holding the candidate's keys, most shared keys first, then by name. */
export function linkedCandidates(
  candidateId: string,
  rows: readonly IdentityKeyRecord[],
  others: ReadonlyMap<string, { displayName: string; band?: Band }>,
): LinkedCandidate[] {
  const shared = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.candidateIds.includes(candidateId)) continue;
    for (const other of row.candidateIds) {
      if (other === candidateId) continue;
      const keys = shared.get(other) ?? new Set<string>();
      keys.add(row.key);
      shared.set(other, keys);
    }
  }
  return [...shared.entries()]
    .map(([id, keys]) => {
      const info = others.get(id);
      return {
        candidateId: id,
        // A holder whose record is gone (deleted meanwhile) is still a link; it has no name to show.
        displayName: info?.displayName ?? 'Record no longer stored',
        ...(info?.band === undefined ? {} : { band: info.band }),
        sharedKeys: [...keys].sort(),
      };
    })
    .sort((a, b) => b.sharedKeys.length - a.sharedKeys.length || a.displayName.localeCompare(b.displayName) || (a.candidateId < b.candidateId ? -1 : 1));
}

/**
 * The drawing: this candidate in the middle, up to `maxNodes - 1` linked ones on a circle around it,
 * and one edge per pair of drawn candidates holding a key in common (linked ones can share keys with
 * each other too), labelled with the kinds of keys they share.
 */
export function caseGraph(input: {
  self: { candidateId: string; displayName: string; band?: Band };
  linked: readonly LinkedCandidate[];
  rows: readonly IdentityKeyRecord[];
  width: number;
  height: number;
  maxNodes: number;
}): CaseGraph {
  const { width, height } = input;
  const drawn = input.linked.slice(0, Math.max(0, input.maxNodes - 1));
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(0, Math.min(width, height) / 2 - 40);
  const nodes: GraphNode[] = [
    { candidateId: input.self.candidateId, label: input.self.displayName, ...(input.self.band ? { band: input.self.band } : {}), self: true, x: cx, y: cy },
    ...drawn.map((c, i) => {
      // Start at the top and go clockwise; rounded so the markup is stable for tests and diffs.
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / drawn.length;
      return {
        candidateId: c.candidateId,
        label: c.displayName,
        ...(c.band ? { band: c.band } : {}),
        self: false,
        x: Math.round(cx + radius * Math.cos(angle)),
        y: Math.round(cy + radius * Math.sin(angle)),
      };
    }),
  ];
  const onGraph = new Set(nodes.map((n) => n.candidateId));
  const pairKeys = new Map<string, Set<string>>();
  for (const row of input.rows) {
    const holders = [...new Set(row.candidateIds)].filter((id) => onGraph.has(id)).sort();
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const pair = `${holders[i]}\n${holders[j]}`;
        const keys = pairKeys.get(pair) ?? new Set<string>();
        keys.add(row.key);
        pairKeys.set(pair, keys);
      }
    }
  }
  const edges = [...pairKeys.entries()]
    .map(([pair, keySet]): GraphEdge => {
      const [from = '', to = ''] = pair.split('\n');
      const keys = [...keySet].sort();
      return { from, to, keys, label: [...new Set(keys.map((k) => describeIdentityKey(k).label))].join(', ') };
    })
    .sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
  return { nodes, edges, omitted: input.linked.length - drawn.length };
}
