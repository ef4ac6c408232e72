import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { confirmsDeletion, DELETE_WORD } from '../../lib/governance/delete-confirmation';
import { subjectExportFileName, subjectExportText } from '../../lib/governance/export-file';
import type { SubjectExport } from '../../lib/governance/subject-export-schema';
import { downloadFile } from '../../lib/options/download-file';

export interface CaseDataActionsProps {
  candidateId: string;
  /** The name the case shows; typing it (or DELETE) confirms a deletion. */
  candidateName: string;
  /** Gathers the subject access export (lib/governance/case-data-client.ts); rejects with a sentence for people. */
  onExport: (candidateId: string) => Promise<SubjectExport>;
  /** Deletes the candidate and everything about them; rejects with a sentence for people. */
  onDelete: (candidateId: string) => Promise<unknown>;
  /** Called once the deletion is done (the case is gone: go back to the queue). */
  onDeleted?: () => void;
  /** Hands the file to the browser; the page's downloads by default. */
  saveFile?: (fileName: string, blob: Blob) => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The case's data-governance actions: export everything stored about the applicant as one JSON file
 * (a subject access request), and delete the applicant with everything about them. Deleting asks
 * first, in place (no modal, so nothing traps focus): the reviewer types DELETE or the applicant's
 * name, Enter confirms, Escape or Cancel backs out and returns focus to the button.
 */
export function CaseDataActions({ candidateId, candidateName, onExport, onDelete, onDeleted, saveFile = downloadFile }: CaseDataActionsProps) {
  const id = useId();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) inputRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  async function exportAll(): Promise<void> {
    if (exporting) return;
    setExporting(true);
    setExportError(undefined);
    setStatus('');
    try {
      const exported = await onExport(candidateId);
      const fileName = subjectExportFileName(exported);
      saveFile(fileName, new Blob([subjectExportText(exported)], { type: 'application/json' }));
      setStatus(`Saved ${fileName}. Read its note before sending it on.`);
    } catch (e) {
      setExportError(`The export failed: ${messageOf(e)}`);
    } finally {
      setExporting(false);
    }
  }

  const cancel = () => {
    if (deleting) return;
    returnFocus.current = true;
    setAsking(false);
    setTyped('');
    setDeleteError(undefined);
  };

  async function confirmDelete(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (deleting) return;
    if (!confirmsDeletion(typed, candidateName)) {
      setDeleteError(`Nothing was deleted. To confirm, type ${DELETE_WORD} in capitals or the applicant’s name, ${candidateName}.`);
      inputRef.current?.focus();
      return;
    }
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await onDelete(candidateId);
      setAsking(false);
      setTyped('');
      setStatus(`Deleted everything stored about ${candidateName}. The audit log keeps that it was deleted, without their details.`);
      onDeleted?.();
    } catch (e) {
      setDeleteError(`Nothing was deleted: ${messageOf(e)}`);
    } finally {
      setDeleting(false);
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };

  return (
    <div role="group" aria-label="Applicant’s data" className="hp-case-data">
      <button type="button" className="hp-button hp-button--secondary" disabled={exporting} aria-busy={exporting} onClick={() => void exportAll()}>
        {exporting ? 'Exporting…' : 'Export everything about this candidate (JSON)'}
      </button>
      <button
        ref={triggerRef}
        type="button"
        className="hp-button hp-button--danger"
        aria-expanded={asking}
        aria-controls={asking ? `${id}-dialog` : undefined}
        onClick={() => setAsking(true)}
      >
        Delete this candidate…
      </button>
      {asking ? (
        <div id={`${id}-dialog`} role="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} className="hp-confirm" onKeyDown={onKeyDown}>
          <p id={`${id}-title`} className="hp-confirm__question">
            Delete everything about {candidateName}?
          </p>
          <p id={`${id}-what`} className="hp-hint">
            This removes their pages, checks, score history, decisions, notes, added evidence, interview summaries and photo
            and text fingerprints from this browser, and re-checks the applicants who shared details with them. It cannot be
            undone; export first if a copy must be kept. The audit log keeps that the data was deleted, without personal details.
          </p>
          <form onSubmit={(event) => void confirmDelete(event)} noValidate aria-busy={deleting}>
            <div className="hp-field">
              <label htmlFor={`${id}-confirm`}>
                Type {DELETE_WORD} or the applicant’s name to confirm
              </label>
              <input
                ref={inputRef}
                id={`${id}-confirm`}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                aria-invalid={deleteError !== undefined ? true : undefined}
                aria-describedby={deleteError !== undefined ? `${id}-error` : undefined}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            {deleteError !== undefined ? (
              <p id={`${id}-error`} className="hp-error" role="alert">
                {deleteError}
              </p>
            ) : null}
            <button type="submit" className="hp-button hp-button--danger" disabled={deleting}>
              {deleting ? 'Deleting…' : 'Delete permanently'}
            </button>
            <button type="button" className="hp-button hp-button--secondary" disabled={deleting} onClick={cancel}>
              Cancel
            </button>
          </form>
        </div>
      ) : null}
      {exportError !== undefined ? (
        <p className="hp-error" role="alert">
          {exportError}
        </p>
      ) : null}
      <p className="hp-status" role="status">
        {status}
      </p>
    </div>
  );
}
