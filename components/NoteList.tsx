import { formatDateTime, isoOrUndefined } from './panel-format';

export interface PanelNote {
  id: string;
  text: string;
  createdAt: number;
}

export interface NoteListProps {
  notes: PanelNote[];
}

/** Recruiter notes, newest first. Notes are shown as text only (they may quote page content). */
export function NoteList({ notes }: NoteListProps) {
  if (notes.length === 0) return <p className="hp-muted">No notes yet.</p>;
  const sorted = [...notes].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <ul className="hp-notes" aria-label="Notes">
      {sorted.map((note) => (
        <li key={note.id} className="hp-note">
          <time className="hp-note__time" dateTime={isoOrUndefined(note.createdAt)}>
            {formatDateTime(note.createdAt)}
          </time>
          <p className="hp-note__text">{note.text}</p>
        </li>
      ))}
    </ul>
  );
}
