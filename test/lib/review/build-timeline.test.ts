import { describe, expect, it } from 'vitest';
import type { AuditRecord, LivenessRecord, ObservationRecord } from '../../../lib/db/records';
import { buildTimeline, type TimelineInput } from '../../../lib/review/build-timeline';
import { makeObservation } from '../candidate/make-observation';

const empty: TimelineInput = { observations: [], liveness: [], notes: [], evidence: [], audit: [], decisions: [], history: [], signalTitles: new Map() };

const sighting = (id: string, source: string, firstSeenAt: number, observedAt = firstSeenAt): ObservationRecord => ({
  id,
  candidateId: 'c1',
  observation: makeObservation({ source, pageUrl: `https://example.com/${id}` }),
  firstSeenAt,
  observedAt,
});
const interview: LivenessRecord = {
  id: 'l1',
  candidateId: 'c1',
  summary: { meetingSource: 'google-meet', participantName: 'Sam', consentConfirmedAt: 55, startedAt: 60, endedAt: 90, framesAnalysed: 300, challenges: [] },
};
const audit = (id: number, at: number, action: AuditRecord['action'], detail: AuditRecord['detail'] = {}, actor: AuditRecord['actor'] = 'recruiter'): AuditRecord => ({
  id,
  at,
  action,
  candidateId: 'c1',
  actor,
  detail,
});

const cases: Array<{ name: string; input: Partial<TimelineInput>; expected: Array<[number, string, string, string?]> }> = [
  { name: 'nothing recorded', input: {}, expected: [] },
  {
    name: 'sightings on sites and interviews, newest first',
    input: { observations: [sighting('gh', 'greenhouse', 10, 80), sighting('li', 'linkedin', 30)], liveness: [interview] },
    expected: [
      [60, 'interview', 'Interview on Google Meet', 'Participant "Sam"; 300 frames analysed, 0 challenges.'],
      [30, 'sighting', 'First seen on LinkedIn', 'https://example.com/li'],
      [10, 'sighting', 'First seen on Greenhouse', 'https://example.com/gh (read again since)'],
    ],
  },
  {
    name: 'a note and its audit entry show once, as the note',
    input: { notes: [{ id: 'n1', candidateId: 'c1', text: 'Asked for ID', createdAt: 40 }], audit: [audit(1, 40, 'note-added', { noteId: 'n1' })] },
    expected: [[40, 'note', 'Note', 'Asked for ID']],
  },
  {
    name: 'a decision shows its reason and what it replaced; its audit entry is not repeated',
    input: {
      decisions: [
        { id: 'd1', candidateId: 'c1', at: 50, state: 'cleared', reason: 'ID checked' },
        { id: 'd2', candidateId: 'c1', at: 70, state: 'reversed', reason: 'New evidence', supersedes: 'd1' },
      ],
      audit: [audit(1, 50, 'decision-recorded', { decisionId: 'd1' }, 'reviewer'), audit(2, 70, 'decision-reversed', { decisionId: 'd2' }, 'reviewer')],
    },
    expected: [
      [70, 'decision', 'Decision reversed (was Cleared)', 'Reason: New evidence'],
      [50, 'decision', 'Decision: Cleared', 'Reason: ID checked'],
    ],
  },
  {
    name: 'added evidence shows once; a removal stays as an audit entry',
    input: {
      evidence: [{ id: 'e1', candidateId: 'c1', evidence: { kind: 'ip', ip: '203.0.113.9', addedAt: 20 }, pasted: 'Received: from [203.0.113.9]' }],
      audit: [
        audit(1, 20, 'evidence-added', { values: '203.0.113.9' }),
        audit(2, 15, 'evidence-added', { values: '198.51.100.1' }),
        audit(3, 18, 'evidence-removed', { value: '198.51.100.1' }),
      ],
    },
    expected: [
      [20, 'evidence', 'Network evidence added: 203.0.113.9', 'Pasted: Received: from [203.0.113.9]'],
      [18, 'audit', 'Network evidence removed by a recruiter', '198.51.100.1'],
      [15, 'audit', 'Network evidence added by a recruiter', '198.51.100.1'],
    ],
  },
  {
    name: 'audit entries name who acted and the signal in words; case views are their own kind',
    input: {
      signalTitles: new Map([['voip-phone', 'Phone number is VoIP']]),
      audit: [
        audit(1, 1, 'candidate-created', { source: 'greenhouse' }, 'extension'),
        audit(2, 2, 'false-positive-set', { signalId: 'voip-phone' }),
        audit(3, 3, 'flagged-for-review', { reason: 'Same phone as another' }),
        audit(4, 4, 'case-viewed', {}, 'reviewer'),
      ],
    },
    expected: [
      [4, 'view', 'Case viewed by a reviewer'],
      [3, 'audit', 'Flagged for HR review by a recruiter', 'Reason: Same phone as another'],
      [2, 'audit', 'Hit marked as false positive by a recruiter', 'Phone number is VoIP'],
      [1, 'audit', 'Record created automatically', 'From Greenhouse'],
    ],
  },
  {
    name: 'score history says what changed against the row before',
    input: {
      signalTitles: new Map([['reused-phone', 'Phone shared with another applicant']]),
      history: [
        { id: 2, candidateId: 'c1', at: 20, score: 72.4, band: 'high', hits: ['disposable-email', 'reused-phone'] },
        { id: 1, candidateId: 'c1', at: 10, score: 22, band: 'low', hits: ['disposable-email'] },
        { id: 3, candidateId: 'c1', at: 30, score: 22, band: 'low', hits: ['disposable-email'] },
      ],
    },
    expected: [
      [30, 'assessment', 'Score changed to 22/100 (low), was high', 'No longer counted: Phone shared with another applicant'],
      [20, 'assessment', 'Score changed to 72/100 (high), was low', 'New hits: Phone shared with another applicant'],
      [10, 'assessment', 'Score 22/100 (low)', 'Hits: disposable-email'],
    ],
  },
  {
    name: 'exports of the case, with who made them when they gave a name',
    input: {
      audit: [
        audit(1, 10, 'report-exported', { format: 'html', by: 'Pat Reviewer' }, 'reviewer'),
        audit(2, 20, 'audit-exported', { format: 'csv', rows: 3, filter: 'candidate=c1' }, 'reviewer'),
      ],
    },
    expected: [
      [20, 'audit', 'Audit log exported by a reviewer'],
      [10, 'audit', 'Case report exported by a reviewer', 'By Pat Reviewer'],
    ],
  },
];

describe('buildTimeline', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const entries = buildTimeline({ ...empty, ...input });
    expect(entries.map((e) => [e.at, e.kind, e.title, ...(e.detail === undefined ? [] : [e.detail])])).toEqual(expected);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });
});
