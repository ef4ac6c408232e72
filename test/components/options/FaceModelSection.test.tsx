// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FaceModelSection } from '../../../components/options/FaceModelSection';
import type { TrialResult } from '../../../lib/options/try-face-model';
import type { EffectiveSettings } from '../../../lib/settings/effective-settings';
import { DEFAULT_SETTINGS, type SettingName } from '../../../lib/settings/settings-schema';
import { CUSTOM_MODEL_KEY } from '../../../lib/vision/model/custom-model-store';
import { sha256 } from '../../lib/vision/model/sha256';
import { hasPackageModel, packageModel } from '../../lib/vision/model/task-variants';

/**
 * The face model section with the fake browser's storage and a stand-in for the MediaPipe trial
 * (the real one needs a worker and a browser: test/e2e/face-model.e2e.test.ts).
 */

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const settings = ({ mayEdit = true, locked = [] as SettingName[] } = {}): EffectiveSettings => ({
  settings: { ...DEFAULT_SETTINGS, recruitersMayEditLists: mayEdit },
  locked: new Set(locked),
  problems: [],
});
const starts = async (): Promise<TrialResult> => ({ blendshapes: false, delegate: 'CPU' });
const stored = async () => (await fakeBrowser.storage.local.get(CUSTOM_MODEL_KEY))[CUSTOM_MODEL_KEY];

function setup(options: { current?: EffectiveSettings | undefined; trial?: (bytes: Uint8Array) => Promise<TrialResult> } = {}) {
  // `in`, not a default: an explicit undefined (settings still loading) is a case of its own.
  const current = 'current' in options ? options.current : settings();
  const trial = vi.fn(options.trial ?? starts);
  render(<FaceModelSection settings={current} trial={trial} />);
  const choose = (bytes: Uint8Array<ArrayBuffer>, name = 'face_landmarker.task') =>
    fireEvent.change(screen.getByLabelText('Load face_landmarker.task'), { target: { files: [new File([bytes], name)] } });
  return { trial, choose };
}

describe.skipIf(!hasPackageModel())('FaceModelSection', () => {
  it('shows the built-in model when none was loaded, and offers to load one', async () => {
    setup();
    await screen.findByText(/^Built-in model/);
    expect(screen.getByLabelText('Load face_landmarker.task').getAttribute('accept')).toBe('.task');
    expect(screen.queryByRole('button', { name: 'Remove the loaded face model' })).toBeNull();
  });

  it('checks, tries and stores a bundle, shows it, and removes it after asking', async () => {
    const { trial, choose } = setup();
    await screen.findByText(/^Built-in model/);
    const bytes = packageModel();
    choose(bytes);
    await screen.findByText(/^Loaded face_landmarker\.task: it passed the check and MediaPipe started with it/, undefined, { timeout: 5000 });
    expect(trial).toHaveBeenCalledTimes(1);
    expect(sha256(trial.mock.calls[0]![0])).toBe(sha256(bytes));

    const facts = within(screen.getByTestId('face-model-in-use'));
    expect(facts.getByText('face_landmarker.task')).toBeTruthy();
    expect(facts.getByText(`${(bytes.length / 1024 / 1024).toFixed(1)} MB`)).toBeTruthy();
    expect(facts.getByText(`${sha256(bytes).slice(0, 16)}…`).getAttribute('title')).toBe(sha256(bytes));
    expect(facts.getByText('no')).toBeTruthy();
    expect(await stored()).toMatchObject({ name: 'face_landmarker.task', sha256: sha256(bytes), size: bytes.length });

    fireEvent.click(screen.getByRole('button', { name: 'Remove the loaded face model' }));
    expect(screen.getByRole('group', { name: 'Remove the loaded face model and use the built-in one?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove model' }));
    await screen.findByText(/^Built-in model/);
    expect(await stored()).toBeUndefined();
  });

  it.each<[string, Uint8Array<ArrayBuffer>, RegExp, boolean]>([
    ['a file that is not a bundle', new TextEncoder().encode('GIF89a and some more bytes to look through'), /is not a MediaPipe \.task bundle/, false],
    ['an empty file', new Uint8Array(), /is empty/, false],
  ])('refuses %s with its problem, without trying it', async (_, bytes, problem, tried) => {
    const { trial, choose } = setup();
    await screen.findByText(/^Built-in model/);
    choose(bytes, 'upload.task');
    const refusal = await screen.findByTestId('face-model-refused');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toMatch(/^upload\.task was not loaded: one problem found\. The model in use did not change\./);
    expect(within(refusal).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(problem)]);
    expect(trial.mock.calls.length > 0).toBe(tried);
    expect(await stored()).toBeUndefined();
  });

  it('says what it is doing while MediaPipe starts, then refuses a bundle it does not start with, giving its reason', async () => {
    let fail: (error: Error) => void = () => undefined;
    const { choose } = setup({ trial: () => new Promise((_, reject) => (fail = reject)) });
    await screen.findByText(/^Built-in model/);
    choose(packageModel());
    await screen.findByText('Starting MediaPipe with face_landmarker.task (a few seconds)…', undefined, { timeout: 5000 });
    expect((screen.getByLabelText('Load face_landmarker.task') as HTMLInputElement).disabled).toBe(true);
    fail(new Error('UNKNOWN: Could not build model from the provided pre-loaded flatbuffer'));
    const refusal = await screen.findByTestId('face-model-refused', undefined, { timeout: 5000 });
    expect(within(refusal).getByRole('listitem').textContent).toBe(
      'MediaPipe could not start a face landmarker from it: UNKNOWN: Could not build model from the provided pre-loaded flatbuffer',
    );
    expect(await stored()).toBeUndefined();
  });

  it('reports a stored record it cannot use, and lets it be removed', async () => {
    await fakeBrowser.storage.local.set({ [CUSTOM_MODEL_KEY]: { name: 'x.task' } });
    setup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^A stored face model was ignored, and the built-in model is used:The stored face model cannot be used: the stored record is malformed/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the loaded face model' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove model' }));
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it.each<[string, EffectiveSettings | undefined, { input: boolean; lockedNote: boolean }]>([
    ['editing lists forbidden by policy: read-only, saying so', settings({ mayEdit: false, locked: ['recruitersMayEditLists'] }), { input: false, lockedNote: true }],
    ['editing lists allowed by policy', settings({ mayEdit: true, locked: ['recruitersMayEditLists'] }), { input: true, lockedNote: false }],
    // Not a policy: whoever set it here may set it back, so it locks nothing.
    ['editing lists switched off locally', settings({ mayEdit: false }), { input: true, lockedNote: false }],
    ['settings not loaded yet: nothing offered', undefined, { input: false, lockedNote: false }],
  ])('%s', async (_, current, expected) => {
    await fakeBrowser.storage.local.set({ [CUSTOM_MODEL_KEY]: { name: 'x.task' } });
    setup({ current });
    await screen.findByText(/^Built-in model/);
    expect(screen.queryByLabelText('Load face_landmarker.task') !== null).toBe(expected.input);
    expect(screen.queryByRole('button', { name: 'Remove the loaded face model' }) !== null).toBe(expected.input);
    expect(screen.queryByText('Set by your organisation') !== null).toBe(expected.lockedNote);
    expect(screen.queryByText(/policy does not allow changing the face model/) !== null).toBe(expected.lockedNote);
  });
});
