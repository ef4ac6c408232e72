import { describe, expect, it } from 'vitest';
import { exportFileNames } from '../../../lib/options/export-file-names';

describe('exportFileNames', () => {
  it.each([
    { id: 'acme-fraud', list: 'acme-fraud.hireproof-list.json' },
    { id: 'misp-5f1e0b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', list: 'misp-5f1e0b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b.hireproof-list.json' },
    { id: 'team.2026', list: 'team.2026.hireproof-list.json' },
    // Stored ids come from parsed lists, but a file name must never gain a path or a hidden-file dot.
    { id: '../etc/passwd', list: '-etc-passwd.hireproof-list.json' },
    { id: '..', list: 'list.hireproof-list.json' },
    { id: 'Upper Case', list: '-pper--ase.hireproof-list.json' },
    { id: '', list: 'list.hireproof-list.json' },
  ])('$id -> $list', ({ id, list }) => {
    expect(exportFileNames(id)).toEqual({ list, signature: `${list}.sig` });
  });
});
