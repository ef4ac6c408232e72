import type { SubjectExport } from './subject-export-schema';

/**
 * The export's file name: from the candidate id and the export's own date (UTC), so the name and
 * the content agree. The id is ours (a UUID), but it is reduced to safe characters all the same:
 * a file name must never carry a path or anything a page could have chosen.
 */
export function subjectExportFileName(exported: Pick<SubjectExport, 'candidateId' | 'exportedAt'>): string {
  const id = exported.candidateId.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'candidate';
  return `hireproof-candidate-${id}-${exported.exportedAt.slice(0, 10)}.json`;
}

/** The file's text: indented, so a person can read it in any editor. */
export function subjectExportText(exported: SubjectExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}
