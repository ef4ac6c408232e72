import { useId } from 'react';
import { formatBytes } from '@/lib/options/format-bytes';
import { tryFaceModel } from '@/lib/options/try-face-model';
import { useAsyncAction } from '@/lib/options/use-async-action';
import { useFaceModel, type FaceModelTrial } from '@/lib/options/use-face-model';
import type { EffectiveSettings } from '@/lib/settings/effective-settings';
import { packageModelUrls } from '@/lib/vision/landmarker/package-model-urls';
import type { CustomModelInfo } from '@/lib/vision/model/custom-model-store';
import { ConfirmButton } from './ConfirmButton';
import { LockedNote } from './LockedNote';
import { WorkProgress } from './WorkProgress';

export interface FaceModelSectionProps {
  /** The settings in force; undefined while loading (the section stays read-only until known). */
  settings: EffectiveSettings | undefined;
  /** Starts MediaPipe with a chosen bundle once; tests pass a stand-in for the real worker. */
  trial?: FaceModelTrial;
}

/** The real trial: a landmark worker, with the runtime shipped in the package. */
const tryWithPackageRuntime: FaceModelTrial = (bytes) => tryFaceModel(bytes, packageModelUrls());

/**
 * Which face model the meeting panel uses, and loading Google's official `face_landmarker.task`
 * in place of the built-in one (or removing it again). Changing it is for whoever may change the
 * lists: when the organisation's policy forbids that, the section only shows what is in use.
 */
export function FaceModelSection({ settings, trial = tryWithPackageRuntime }: FaceModelSectionProps) {
  const base = useId();
  const { status, check, load, remove } = useFaceModel(trial);
  const removing = useAsyncAction();
  const locked = settings !== undefined && settings.locked.has('recruitersMayEditLists') && !settings.settings.recruitersMayEditLists;
  const editable = settings !== undefined && !locked;
  const checking = check.state === 'checking';

  return (
    <section aria-labelledby="face-model-heading" className="hp-section" data-section="face-model">
      <h2 id="face-model-heading">
        Face model {locked ? <LockedNote /> : null}
      </h2>
      <p className="hp-hint">
        The liveness panel finds faces in meetings with a MediaPipe face landmarker model, on this computer. HireProof ships one built from
        Google’s face mesh, without blendshapes or iris points. An administrator may load Google’s official face_landmarker.task instead: it is
        checked, kept in this browser, and used from the next time the liveness panel starts.
      </p>

      <h3>In use</h3>
      {status.state === 'loading' ? <p className="hp-muted">Reading the stored model…</p> : null}
      {status.state === 'built-in' ? <p data-testid="face-model-in-use">Built-in model (from Google’s face mesh; no blendshapes)</p> : null}
      {status.state === 'built-in' && status.ignored ? (
        <div role="alert" className="hp-notice">
          <p>A stored face model was ignored, and the built-in model is used:</p>
          <ul>
            {status.ignored.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {status.state === 'custom' ? <ModelFacts model={status.model} /> : null}
      {editable && (status.state === 'custom' || (status.state === 'built-in' && status.ignored !== undefined)) ? (
        <div className="hp-actions">
          <ConfirmButton
            label="Remove"
            accessibleLabel="Remove the loaded face model"
            question="Remove the loaded face model and use the built-in one?"
            confirmLabel="Remove model"
            disabled={removing.pending || checking}
            onConfirm={() => void removing.run(remove)}
          />
        </div>
      ) : null}
      {removing.error ? (
        <p role="alert" className="hp-error">
          The model could not be removed: {removing.error}
        </p>
      ) : null}

      {locked ? <p className="hp-notice">Your organisation’s policy does not allow changing the face model in this browser.</p> : null}
      {editable ? (
        <div className="hp-source">
          <label htmlFor={`${base}-file`}>Load face_landmarker.task</label>
          <input
            id={`${base}-file`}
            type="file"
            accept=".task"
            aria-describedby={`${base}-file-hint`}
            disabled={checking}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Choosing the same file again after a fix must fire a change again.
              event.target.value = '';
              if (file) load(file);
            }}
          />
          <p id={`${base}-file-hint`} className="hp-hint">
            The file as Google publishes it for MediaPipe Tasks. It is checked, then MediaPipe is started with it once, before it is kept.
          </p>
        </div>
      ) : null}
      {check.state === 'checking' ? <WorkProgress stage={check.stage} startedAt={check.startedAt} /> : null}
      {check.state === 'refused' ? (
        <div role="alert" className="hp-error" data-testid="face-model-refused">
          <p>
            {check.fileName} was not loaded: {check.problems.length === 1 ? 'one problem' : `${check.problems.length} problems`} found. The model in
            use did not change.
          </p>
          <ul className="hp-problems">
            {check.problems.map((problem, i) => (
              // Problems have no identity of their own, and the list never reorders.
              <li key={i} className="hp-problem">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.state === 'accepted' ? (
        <p role="status" className="hp-status">
          Loaded {check.model.name}: it passed the check and MediaPipe started with it. Liveness panels started from now on use it.
        </p>
      ) : null}
    </section>
  );
}

function ModelFacts({ model }: { model: CustomModelInfo }) {
  return (
    <dl className="hp-facts" data-testid="face-model-in-use">
      <dt>File</dt>
      <dd>{model.name}</dd>
      <dt>Size</dt>
      <dd>{formatBytes(model.size)}</dd>
      <dt>SHA-256</dt>
      <dd>
        <code title={model.sha256}>{model.sha256.slice(0, 16)}…</code>
      </dd>
      <dt>Blendshapes</dt>
      <dd>{model.hasBlendshapes ? 'yes' : 'no'}</dd>
      <dt>Loaded</dt>
      <dd>{model.loadedAt.slice(0, 16).replace('T', ' ')} UTC</dd>
    </dl>
  );
}
