import { useId } from 'react';
import type { ExportProgress } from '../../lib/review/export-actions';
import { useExportTask } from '../../lib/review/use-export-task';

export interface ExportButtonProps {
  label: string;
  /** Builds and saves the file; resolves with a sentence saying what was saved, rejects with one saying why not. */
  onExport: (onProgress: (progress: ExportProgress) => void) => Promise<string>;
  /** What is being counted in the progress ("rows", "entries"). */
  unit: string;
  disabled?: boolean;
  /** Says why the button is disabled, or what the export holds. */
  hint?: string;
}

/**
 * A native button that runs an export: busy while it runs (a slow one shows a progress bar), then
 * says what was saved or, in an alert, why nothing was.
 */
export function ExportButton({ label, onExport, unit, disabled = false, hint }: ExportButtonProps) {
  const id = useId();
  const { state, run } = useExportTask();
  const busy = state.status === 'running';
  const progress = state.status === 'running' && state.slow ? state.progress : undefined;
  return (
    <div className="hp-export">
      <button
        type="button"
        className="hp-button hp-button--secondary"
        disabled={disabled}
        aria-disabled={busy || undefined}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onClick={() => {
          if (!busy) void run(onExport);
        }}
      >
        {busy ? `${label}…` : label}
      </button>
      {hint === undefined ? null : (
        <span id={`${id}-hint`} className="hp-muted hp-export__hint">
          {hint}
        </span>
      )}
      <span role="status" className="hp-export__status">
        {state.status === 'running' && state.slow ? (
          <>
            {progress?.total ? <progress max={progress.total} value={progress.done} aria-label={`${label}: progress`} /> : null}{' '}
            {progress ? `${progress.done.toLocaleString('en')}${progress.total ? ` of ${progress.total.toLocaleString('en')}` : ''} ${unit}…` : 'Working…'}
          </>
        ) : state.status === 'done' ? (
          state.message
        ) : null}
      </span>
      {state.status === 'error' ? (
        <p className="hp-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
