import { useId, useState } from 'react';
import { MAX_SIGNATURE_FILE_BYTES, readSignatureInput } from '@/lib/options/signature-input';

export interface SignatureFieldProps {
  /** The list it signs, for the labels. */
  fileName: string;
  /** Where the current signature came from (a paired .sig file), if it was not typed here. */
  from?: string;
  /** Valid signature text, or undefined for none; invalid input is reported through `onValidity`. */
  onChange: (signature: string | undefined, from?: string) => void;
  onValidity: (valid: boolean) => void;
}

/** An optional detached signature for one list: pasted base64, or a .sig file chosen here. */
export function SignatureField({ fileName, from, onChange, onValidity }: SignatureFieldProps) {
  const base = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  const accept = (raw: string, source?: string) => {
    const read = readSignatureInput(raw);
    setError(read.kind === 'error' ? read.message : undefined);
    onValidity(read.kind !== 'error');
    onChange(read.kind === 'ok' ? read.signature : undefined, read.kind === 'ok' ? source : undefined);
  };

  if (from) {
    return (
      <p className="hp-signature-from">
        Signature from {from}.{' '}
        <button
          type="button"
          className="hp-button hp-button--secondary"
          onClick={() => {
            setText('');
            setError(undefined);
            onValidity(true);
            onChange(undefined);
          }}
        >
          Remove signature
        </button>
      </p>
    );
  }

  return (
    <fieldset className="hp-fieldset">
      <legend>Signature for {fileName} (optional)</legend>
      <div className="hp-field">
        <label htmlFor={`${base}-text`}>Paste the signature (base64)</label>
        <textarea
          id={`${base}-text`}
          rows={2}
          value={text}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${base}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            accept(event.target.value);
          }}
        />
      </div>
      <div className="hp-field">
        <label htmlFor={`${base}-file`}>or choose its .sig file</label>
        <input
          id={`${base}-file`}
          type="file"
          accept=".sig,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            if (file.size > MAX_SIGNATURE_FILE_BYTES) {
              setError(`${file.name} is too large to be a signature file.`);
              onValidity(false);
              return;
            }
            void file.text().then((content) => {
              setText(content.trim());
              accept(content, file.name);
            });
          }}
        />
      </div>
      {error ? (
        <p id={`${base}-error`} className="hp-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
