import { useId } from 'react';
import type { CsvMetadata } from '@/lib/options/import-source';

export interface CsvMetadataFormProps {
  /** Names the fields for people, when several CSV files are reviewed together. */
  fileName: string;
  value: CsvMetadata;
  onChange: (value: CsvMetadata) => void;
}

// Dates are typed as YYYY-MM-DD, the list format's own spelling, rather than through a date picker
// whose display order follows the locale.
const FIELDS: ReadonlyArray<{ name: keyof CsvMetadata; label: string; hint: string }> = [
  { name: 'id', label: 'List id', hint: 'Lower-case letters, digits, “-” and “.”. A list with the same id is replaced.' },
  { name: 'title', label: 'Title', hint: 'Shown to recruiters next to every match.' },
  { name: 'author', label: 'Author', hint: 'Who keeps the list, such as your team’s name.' },
  { name: 'created', label: 'Created', hint: 'YYYY-MM-DD' },
  { name: 'modified', label: 'Modified', hint: 'YYYY-MM-DD' },
];

/** CSV carries entries only: the list's id, title, author and dates are asked for here. */
export function CsvMetadataForm({ fileName, value, onChange }: CsvMetadataFormProps) {
  const base = useId();
  return (
    <fieldset className="hp-fieldset">
      <legend>Details for the CSV list {fileName}</legend>
      <div className="hp-form-grid">
        {FIELDS.map((field) => {
          const id = `${base}-${field.name}`;
          return (
            <div key={field.name} className="hp-field">
              <label htmlFor={id}>{field.label}</label>
              <input
                id={id}
                type="text"
                required
                value={value[field.name]}
                aria-describedby={`${id}-hint`}
                onChange={(event) => onChange({ ...value, [field.name]: event.target.value })}
              />
              <span id={`${id}-hint`} className="hp-hint">
                {field.hint}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
