import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

import { NOTE_MAX_LENGTH } from '../lib/panel/protocol';

export interface NoteFormProps {
  onAddNote: (text: string) => Promise<void> | void;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string };

/** A recruiter's free-text note. Ctrl+Enter (Cmd+Enter on macOS) saves, like most chat boxes. */
export function NoteForm({ onAddNote }: NoteFormProps) {
  const textareaId = useId();
  const counterId = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saving = state.kind === 'saving';
  const canSave = text.trim() !== '' && !saving;

  async function save(): Promise<void> {
    if (!canSave) return;
    setState({ kind: 'saving' });
    try {
      await onAddNote(text.trim());
      setText('');
      setState({ kind: 'idle' });
    } catch (error) {
      const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
      setState({ kind: 'error', message: `The note was not saved${detail}. Try again.` });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form className="hp-note-form" onSubmit={onSubmit} aria-busy={saving}>
      <label htmlFor={textareaId}>Add a note</label>
      <textarea
        id={textareaId}
        value={text}
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby={counterId}
        onChange={(event) => setText(event.target.value.slice(0, NOTE_MAX_LENGTH))}
        onKeyDown={onKeyDown}
      />
      <div className="hp-note-form__row">
        <span id={counterId} className="hp-counter">
          {text.length}/{NOTE_MAX_LENGTH} characters · Ctrl+Enter to save
        </span>
        <button type="submit" className="hp-button" disabled={!canSave}>
          {saving ? 'Saving…' : 'Save note'}
        </button>
      </div>
      {state.kind === 'error' ? (
        <p className="hp-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
