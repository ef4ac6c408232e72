export interface UrlInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Id of the error shown for it, when there is one. */
  errorId?: string | undefined;
}

/**
 * A list address. A text input, not type=url: the browser's own URL check would block the form
 * with its message before ours, which says what HireProof accepts (https, or http on this machine).
 */
export function UrlInput({ id, value, onChange, errorId }: UrlInputProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode="url"
      spellCheck={false}
      autoComplete="url"
      placeholder="https://"
      value={value}
      aria-invalid={errorId ? true : undefined}
      aria-describedby={errorId}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
