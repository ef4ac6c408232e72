import { useId, useState, type DragEvent } from 'react';
import { makeSource, type ImportSource } from '@/lib/options/import-source';
import { readChosenFiles } from '@/lib/options/read-chosen-files';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { LockedNote } from './LockedNote';
import { UrlInput } from './UrlInput';

export interface SourcePickerProps {
  today: string;
  /** The subscriptions setting is fixed by policy: "keep refreshed" cannot add one. */
  subscriptionsLocked: boolean;
  /** Asks for host permission and downloads the list (and its .sig, if published). */
  download: (url: string) => Promise<{ blob: Blob; signature?: string }>;
  /** Chosen inputs, with problems that stop some of them; `subscribe` is the URL to keep refreshed. */
  onSources: (sources: ImportSource[], problems: string[], subscribe?: string) => void;
}

/** The three ways a list comes in: files (chosen or dropped), pasted text, or a URL. */
export function SourcePicker({ today, subscriptionsLocked, download, onSources }: SourcePickerProps) {
  const base = useId();
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [keep, setKeep] = useState(false);
  const [dragging, setDragging] = useState(false);
  const reading = useAsyncAction();
  const fetching = useAsyncAction();

  const takeFiles = (files: readonly File[]) =>
    void reading.run(async () => {
      const { sources, problems } = await readChosenFiles(files, today);
      onSources(sources, problems);
    });

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    takeFiles([...event.dataTransfer.files]);
  };

  const usePasted = () =>
    void reading.run(async () => onSources([await makeSource('Pasted text', { text: pasted }, { kind: 'paste' }, today)], []));

  const fetchUrl = () => {
    const address = url.trim();
    const subscribe = keep && !subscriptionsLocked;
    void fetching.run(async () => {
      // First thing in the click handler: the permission prompt needs the person's gesture.
      const { blob, signature } = await download(address);
      const origin = { kind: subscribe ? 'subscription' : 'url', url: address } as const;
      const source = await makeSource(address, { blob }, origin, today);
      const signed = signature === undefined ? source : { ...source, signature, signatureFrom: `${address}.sig` };
      onSources([signed], [], subscribe ? address : undefined);
    });
  };

  return (
    <div className="hp-sources">
      <div
        className={`hp-source hp-dropzone${dragging ? ' hp-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h3>From files</h3>
        <label htmlFor={`${base}-files`}>Choose list files, or drop them here. Add each list’s .sig file to have it verified.</label>
        <input
          id={`${base}-files`}
          type="file"
          multiple
          accept=".json,.csv,.sig,.txt,application/json,text/csv"
          disabled={reading.pending}
          onChange={(event) => {
            takeFiles([...(event.target.files ?? [])]);
            // Choosing the same file again after a fix must fire a change again.
            event.target.value = '';
          }}
        />
        {reading.error ? (
          <p role="alert" className="hp-field-error">
            {reading.error}
          </p>
        ) : null}
      </div>

      <div className="hp-source">
        <h3>Paste</h3>
        <label htmlFor={`${base}-paste`}>A list in the HireProof format, CSV, a MISP event or a STIX 2.1 bundle</label>
        <textarea id={`${base}-paste`} rows={6} spellCheck={false} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <button type="button" className="hp-button" disabled={pasted.trim() === '' || reading.pending} onClick={usePasted}>
          Use pasted text
        </button>
      </div>

      <div className="hp-source">
        <h3>From a URL</h3>
        <label htmlFor={`${base}-url`}>List address</label>
        <UrlInput id={`${base}-url`} value={url} onChange={setUrl} errorId={fetching.error ? `${base}-url-error` : undefined} />
        <label className="hp-check">
          <input type="checkbox" checked={keep && !subscriptionsLocked} disabled={subscriptionsLocked} onChange={(event) => setKeep(event.target.checked)} />
          Keep it refreshed (adds a subscription)
          {subscriptionsLocked ? <LockedNote /> : null}
        </label>
        <button type="button" className="hp-button" disabled={url.trim() === '' || fetching.pending} onClick={fetchUrl}>
          {fetching.pending ? 'Downloading…' : 'Download'}
        </button>
        {fetching.error ? (
          <p id={`${base}-url-error`} role="alert" className="hp-field-error">
            {fetching.error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
