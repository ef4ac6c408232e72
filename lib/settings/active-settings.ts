import type { EffectiveSettings } from './effective-settings';

/**
 * The settings in force, held by the background (loaded at start-up and on every change) so that
 * checks, which run inside database transactions, never wait on storage.
 */
let active: EffectiveSettings | undefined;

export function setActiveSettings(settings: EffectiveSettings | undefined): void {
  active = settings;
}

export function activeSettings(): EffectiveSettings | undefined {
  return active;
}
