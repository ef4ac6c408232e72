import type { RunningModel } from './start-panel-landmarker';

/**
 * The meeting panel's one line about the face model in use, so a recruiter (and whoever supports
 * them) can tell whether the organisation's model is running, and if it should be but is not, why.
 */
export function modelLine(model: RunningModel): string {
  if (model.source === 'custom') return `Model: ${model.name} (loaded by your organisation)`;
  return model.ignored === undefined ? 'Model: built-in' : `Model: built-in. ${model.ignored}`;
}
