import type { AuditAction, AuditRecord } from '../db/records';

/** Audit log entries in words, for the case timeline and the audit log page. */

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'candidate-created': 'Record created',
  'observation-merged': 'Another sighting merged into this record',
  'note-added': 'Note added',
  'false-positive-set': 'Hit marked as false positive',
  'false-positive-cleared': 'False-positive mark removed',
  'flagged-for-review': 'Flagged for HR review',
  unflagged: 'HR review flag removed',
  'evidence-added': 'Network evidence added',
  'evidence-removed': 'Network evidence removed',
  'liveness-attached': 'Interview liveness summary attached',
  'liveness-detached': 'Interview liveness summary taken off this record',
  'decision-recorded': 'Decision recorded',
  'decision-reversed': 'Decision reversed',
  'case-viewed': 'Case viewed',
  'report-exported': 'Case report exported',
  'queue-exported': 'Review queue exported as CSV',
  'feedback-exported': 'False-positive feedback exported',
  'audit-exported': 'Audit log exported',
  'candidate-deleted': "Applicant's data deleted",
  'candidate-exported': "Applicant's data exported (subject access)",
  'retention-purged': 'Expired applicant data deleted (retention)',
  'candidates-merged': 'Two records of one person merged',
  'candidate-split': 'A merged record split again',
  'list-saved': 'Signal list imported or updated',
  'list-enabled': 'Signal list switched on',
  'list-disabled': 'Signal list switched off',
  'list-deleted': 'Signal list deleted',
};

/** The label of an action; one this version does not know (written by a newer one) as its id. */
export const auditActionLabel = (action: string): string => (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[action] ?? action;

export const AUDIT_ACTOR_LABELS: Record<AuditRecord['actor'], string> = { recruiter: 'Recruiter', reviewer: 'Reviewer', extension: 'Automatic' };

/** "by a recruiter", for a timeline title. */
export const AUDIT_ACTOR_PHRASES: Record<AuditRecord['actor'], string> = { recruiter: 'by a recruiter', reviewer: 'by a reviewer', extension: 'automatically' };
