import type { AuditRecord } from './records';

/**
 * What a deleted candidate's audit rows keep. The rows stay: they are the organisation's record of
 * what was done and when (who looked, what was decided, that the data was deleted). Their `detail`
 * keeps only values that say nothing about the person: ids of rows and signals, site and meeting
 * ids, decision states and counts. Everything else goes, by an allow-list rather than a deny-list,
 * so a detail key added later is scrubbed until someone decides it may stay. What goes today:
 * - `reason` of `flagged-for-review`: free text a recruiter typed about the person;
 * - `values` / `value` of `evidence-added` / `evidence-removed`: the person's IP addresses and UTC offsets;
 * - `skipped` of `liveness-*`: says the person was given an accommodation (a disability proxy).
 * The candidate id stays too: once the candidate's rows are deleted it names no one, and it ties
 * the deletion record to the actions before it.
 */
export const KEPT_AUDIT_DETAIL_KEYS: ReadonlySet<string> = new Set([
  // Row and signal ids, and where a sighting or interview came from (site / meeting adapter ids).
  'source',
  'noteId',
  'signalId',
  'summaryId',
  'meeting',
  'movedTo',
  // HR decisions: which row, and the state (the organisation's decision, not the reviewer's reason).
  'decisionId',
  'state',
  'supersedes',
  'previousState',
  // Deletion and export records (counts of rows, never their content).
  'basis',
  'format',
  'version',
  'retentionDays',
  'lastSeenAt',
  'linkedCandidates',
  'scrubbed',
  'observations',
  'assessments',
  'assessmentHistory',
  'decisions',
  'notes',
  'addedEvidence',
  'livenessSummaries',
  'summaryFingerprints',
  'photoHashes',
  'identityKeys',
  'identityKeysShared',
  'auditRows',
  // Merges and splits (lib/db/merge-candidates.ts, lib/db/split-candidate.ts): the two candidate ids,
  // which name no one once deleted, like the row's own candidateId. Their `reason` is scrubbed.
  'from',
  'into',
]);

/**
 * The detail with only the kept keys, and `scrubbed` listing the names (never the values) of the
 * keys removed, so a reader of the log sees that something was there. Scrubbing twice changes nothing.
 */
export function scrubAuditDetail(detail: AuditRecord['detail']): { detail: AuditRecord['detail']; changed: boolean } {
  const kept: AuditRecord['detail'] = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(detail)) {
    if (KEPT_AUDIT_DETAIL_KEYS.has(key)) kept[key] = value;
    else removed.push(key);
  }
  if (removed.length === 0) return { detail, changed: false };
  const earlier = typeof kept.scrubbed === 'string' && kept.scrubbed !== '' ? kept.scrubbed.split(',') : [];
  kept.scrubbed = [...new Set([...earlier, ...removed])].sort().join(',');
  return { detail: kept, changed: true };
}
