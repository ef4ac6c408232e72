import { describe, expect, it } from 'vitest';
import { scrubAuditDetail } from '../../../lib/db/audit-scrub';
import type { AuditRecord } from '../../../lib/db/records';

/** What a deleted candidate's earlier audit rows keep: one case per detail shape the writers produce today. */
describe('scrubAuditDetail', () => {
  it.each<[string, AuditRecord['detail'], AuditRecord['detail'], boolean]>([
    ['candidate-created: the site id stays', { source: 'greenhouse' }, { source: 'greenhouse' }, false],
    ['note-added: the note id stays (the note itself is deleted)', { noteId: 'n1' }, { noteId: 'n1' }, false],
    ['false-positive-set: the signal id stays', { signalId: 'reused-phone' }, { signalId: 'reused-phone' }, false],
    ['flagged-for-review: the free-text reason goes', { reason: 'Same phone as Sam Okafor' }, { scrubbed: 'reason' }, true],
    ['unflagged and case-viewed: nothing to scrub', {}, {}, false],
    ['evidence-added: the IP addresses and offsets go', { values: '81.2.69.142, UTC+05:30' }, { scrubbed: 'values' }, true],
    ['evidence-removed: the value goes', { value: '81.2.69.142' }, { scrubbed: 'value' }, true],
    ['liveness-attached: the accommodation flag goes, the meeting stays', { summaryId: 's1', meeting: 'jitsi', skipped: true }, { summaryId: 's1', meeting: 'jitsi', scrubbed: 'skipped' }, true],
    ['liveness-detached: where it moved stays (an id)', { summaryId: 's1', meeting: 'jitsi', skipped: false, movedTo: 'c2' }, { summaryId: 's1', meeting: 'jitsi', movedTo: 'c2', scrubbed: 'skipped' }, true],
    ['decision-recorded: the decision stays', { decisionId: 'd2', state: 'rejected', supersedes: 'd1', previousState: 'cleared' }, { decisionId: 'd2', state: 'rejected', supersedes: 'd1', previousState: 'cleared' }, false],
    ['candidate-exported: format and counts stay', { format: 'hireproof-subject-export', version: 1, notes: 2 }, { format: 'hireproof-subject-export', version: 1, notes: 2 }, false],
    ['an unknown key goes until someone allows it', { email: 'a@b.example', source: 'lever' }, { source: 'lever', scrubbed: 'email' }, true],
    ['scrubbing twice keeps the first list and adds nothing', { scrubbed: 'reason' }, { scrubbed: 'reason' }, false],
    ['a row scrubbed before that gained a key', { scrubbed: 'values', title: 'x' }, { scrubbed: 'title,values' }, true],
  ])('%s', (_name, detail, expected, changed) => {
    expect(scrubAuditDetail(detail)).toEqual({ detail: expected, changed });
  });
});
