import { describe, expect, it } from 'vitest';
import { subjectExportFileName } from '../../../lib/governance/export-file';

describe('subjectExportFileName', () => {
  it.each([
    ['a UUID and the export date', '5b1c0e7a-3f3d-4c8e-9a43-0d9e2f1b6a11', '2026-11-24T23:59:59.000Z', 'hireproof-candidate-5b1c0e7a-3f3d-4c8e-9a43-0d9e2f1b6a11-2026-11-24.json'],
    ['capitals folded', 'ABC-1', '2026-01-02T00:00:00.000Z', 'hireproof-candidate-abc-1-2026-01-02.json'],
    ['no path can ride along', '../../etc/passwd', '2026-01-02T00:00:00.000Z', 'hireproof-candidate-etc-passwd-2026-01-02.json'],
    ['nothing usable', '///', '2026-01-02T00:00:00.000Z', 'hireproof-candidate-candidate-2026-01-02.json'],
  ])('%s', (_name, candidateId, exportedAt, expected) => {
    expect(subjectExportFileName({ candidateId, exportedAt })).toBe(expected);
  });
});
