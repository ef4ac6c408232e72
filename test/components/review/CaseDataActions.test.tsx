// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseDataActions } from '../../../components/review/CaseDataActions';
import type { SubjectExport } from '../../../lib/governance/subject-export-schema';

afterEach(cleanup);

const ID = '5b1c0e7a-3f3d-4c8e-9a43-0d9e2f1b6a11';
const NAME = 'Jordan Ellis';
const exported = { format: 'hireproof-subject-export', version: 1, candidateId: ID, exportedAt: '2026-11-24T12:00:00.000Z', note: 'n' } as SubjectExport;

function setup(overrides: { onExport?: () => Promise<SubjectExport>; onDelete?: () => Promise<unknown> } = {}) {
  const props = {
    onExport: vi.fn(overrides.onExport ?? (() => Promise.resolve(exported))),
    onDelete: vi.fn(overrides.onDelete ?? (() => Promise.resolve({ ok: true }))),
    onDeleted: vi.fn(),
    saveFile: vi.fn<(name: string, blob: Blob) => void>(),
  };
  render(<CaseDataActions candidateId={ID} candidateName={NAME} {...props} />);
  return props;
}
const deleteButton = () => screen.getByRole('button', { name: 'Delete this candidate…' });
const confirmField = () => screen.getByLabelText(/^Type DELETE or the applicant’s name/) as HTMLInputElement;
async function confirmWith(text: string) {
  fireEvent.click(deleteButton());
  fireEvent.change(confirmField(), { target: { value: text } });
  await act(async () => void fireEvent.submit(confirmField().form!));
}

describe('CaseDataActions: export', () => {
  it('saves the document as JSON, named from the candidate and the date, and says so', async () => {
    const { onExport, saveFile } = setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export everything about this candidate (JSON)' })));
    expect(onExport).toHaveBeenCalledExactlyOnceWith(ID);
    const [name, blob] = saveFile.mock.calls[0]!;
    expect(name).toBe(`hireproof-candidate-${ID}-2026-11-24.json`);
    expect(JSON.parse(await blob.text())).toEqual(exported);
    expect(screen.getByRole('status').textContent).toContain(`Saved ${name}`);
  });

  it('says why an export failed and saves nothing', async () => {
    const { saveFile } = setup({ onExport: () => Promise.reject(new Error('This candidate is no longer stored.')) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Export everything/ })));
    expect(screen.getByRole('alert').textContent).toBe('The export failed: This candidate is no longer stored.');
    expect(saveFile).not.toHaveBeenCalled();
  });
});

describe('CaseDataActions: delete', () => {
  it.each([
    { typed: '', deletes: false },
    { typed: 'delete', deletes: false },
    { typed: 'Jordan', deletes: false },
    { typed: 'DELETE', deletes: true },
    { typed: 'jordan ellis', deletes: true },
  ])('typing $typed: deletes $deletes', async ({ typed, deletes }) => {
    const { onDelete, onDeleted } = setup();
    await confirmWith(typed);
    if (deletes) {
      expect(onDelete).toHaveBeenCalledExactlyOnceWith(ID);
      expect(onDeleted).toHaveBeenCalledOnce();
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('status').textContent).toContain(`Deleted everything stored about ${NAME}`);
    } else {
      expect(onDelete).not.toHaveBeenCalled();
      expect(screen.getByRole('alert').textContent).toBe(`Nothing was deleted. To confirm, type DELETE in capitals or the applicant’s name, ${NAME}.`);
      expect(confirmField().getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(confirmField());
    }
  });

  it('asks in a labelled dialog that says what goes, with focus in the field', () => {
    setup();
    expect(deleteButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(deleteButton());
    const dialog = screen.getByRole('dialog', { name: `Delete everything about ${NAME}?` });
    expect(dialog.textContent).toContain('It cannot be undone');
    expect(deleteButton().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(confirmField());
  });

  it.each([
    { name: 'Escape', leave: () => fireEvent.keyDown(confirmField(), { key: 'Escape' }) },
    { name: 'Cancel', leave: () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })) },
  ])('$name backs out, deletes nothing and returns focus to the button', ({ leave }) => {
    const { onDelete } = setup();
    fireEvent.click(deleteButton());
    fireEvent.change(confirmField(), { target: { value: 'DELETE' } });
    leave();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(deleteButton());
    // Asking again starts from an empty field.
    fireEvent.click(deleteButton());
    expect(confirmField().value).toBe('');
  });

  it('says why a deletion failed, keeps the dialog and what was typed', async () => {
    const { onDeleted } = setup({ onDelete: () => Promise.reject(new Error('Could not delete this candidate: disk full')) });
    await confirmWith('DELETE');
    expect(screen.getByRole('alert').textContent).toBe('Nothing was deleted: Could not delete this candidate: disk full');
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(confirmField().value).toBe('DELETE');
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('cannot be sent twice while a deletion is under way', async () => {
    let finish!: () => void;
    const { onDelete } = setup({ onDelete: () => new Promise<void>((resolve) => (finish = resolve)) });
    await confirmWith('DELETE');
    expect(screen.getByRole('button', { name: 'Deleting…' }).hasAttribute('disabled')).toBe(true);
    await act(async () => void fireEvent.submit(confirmField().form!));
    expect(onDelete).toHaveBeenCalledOnce();
    await act(async () => finish());
  });
});
