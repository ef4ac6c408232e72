// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteForm } from '../../components/NoteForm';
import { NOTE_MAX_LENGTH } from '../../lib/panel/protocol';

afterEach(cleanup);

function setup(onAddNote: (text: string) => Promise<void> | void = vi.fn()) {
  render(<NoteForm onAddNote={onAddNote} />);
  const textarea = screen.getByLabelText('Add a note') as HTMLTextAreaElement;
  const button = () => screen.getByRole('button') as HTMLButtonElement;
  return { textarea, button, onAddNote };
}

describe('NoteForm', () => {
  it.each(['', '   ', '\n\t'])('Save is disabled for %j', (text) => {
    const { textarea, button } = setup();
    fireEvent.change(textarea, { target: { value: text } });
    expect(button().disabled).toBe(true);
  });

  it.each([
    { how: 'Save button', submit: () => fireEvent.click(screen.getByRole('button', { name: 'Save note' })) },
    { how: 'Ctrl+Enter', submit: (t: HTMLTextAreaElement) => fireEvent.keyDown(t, { key: 'Enter', ctrlKey: true }) },
    { how: 'Cmd+Enter', submit: (t: HTMLTextAreaElement) => fireEvent.keyDown(t, { key: 'Enter', metaKey: true }) },
  ])('submits with $how, trims, and clears after success', async ({ submit }) => {
    const onAddNote = vi.fn(async () => {});
    const { textarea } = setup(onAddNote);
    fireEvent.change(textarea, { target: { value: '  Asked for laptop to a different address  ' } });
    await act(async () => {
      submit(textarea);
    });
    expect(onAddNote).toHaveBeenCalledExactlyOnceWith('Asked for laptop to a different address');
    expect(textarea.value).toBe('');
  });

  it('plain Enter adds a newline instead of saving', () => {
    const { textarea, onAddNote } = setup();
    fireEvent.change(textarea, { target: { value: 'line one' } });
    fireEvent.keyDown(textarea, { key: 'Enter' });
    expect(onAddNote).not.toHaveBeenCalled();
  });

  it('Ctrl+Enter on an empty note does nothing', () => {
    const { textarea, onAddNote } = setup();
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    expect(onAddNote).not.toHaveBeenCalled();
  });

  it('shows "Saving…" while the callback is pending and blocks a second submit', async () => {
    let resolve: () => void = () => {};
    const onAddNote = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { textarea, button } = setup(onAddNote);
    fireEvent.change(textarea, { target: { value: 'note' } });
    fireEvent.click(button());
    expect(button().textContent).toBe('Saving…');
    expect(button().disabled).toBe(true);
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    expect(onAddNote).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(button().textContent).toBe('Save note');
  });

  it('keeps the text and shows an alert when the callback rejects', async () => {
    const onAddNote = vi.fn(async () => {
      throw new Error('database closed');
    });
    const { textarea } = setup(onAddNote);
    fireEvent.change(textarea, { target: { value: 'keep me' } });
    await act(async () => {
      fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });
    });
    expect(screen.getByRole('alert').textContent).toBe('The note was not saved (database closed). Try again.');
    expect(textarea.value).toBe('keep me');
  });

  it(`counts characters and caps the note at ${NOTE_MAX_LENGTH}`, () => {
    const { textarea } = setup();
    expect(screen.getByText(`0/${NOTE_MAX_LENGTH}`, { exact: false })).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'abc' } });
    expect(screen.getByText(`3/${NOTE_MAX_LENGTH}`, { exact: false })).toBeTruthy();
    fireEvent.change(textarea, { target: { value: 'x'.repeat(NOTE_MAX_LENGTH + 50) } });
    expect(textarea.value).toHaveLength(NOTE_MAX_LENGTH);
    expect(textarea.maxLength).toBe(NOTE_MAX_LENGTH);
  });
});
