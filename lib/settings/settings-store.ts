import { browser } from 'wxt/browser';
import { effectiveSettings, type EffectiveSettings } from './effective-settings';
import { SETTINGS_KEY, SettingsSchema, type SettingName, type Settings } from './settings-schema';

/** Reads the policy; browsers without managed storage (or no policy) give undefined. */
async function readPolicyRaw(): Promise<unknown> {
  try {
    // Firefox rejects when no policy manifest exists; Chrome resolves with {}.
    const all = await browser.storage.managed.get(null);
    return Object.keys(all).length === 0 ? undefined : all;
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [stored, policy] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), readPolicyRaw()]);
  return effectiveSettings(stored[SETTINGS_KEY], policy);
}

/**
 * Saves local changes. A field the policy locks is refused with a clear error rather than stored
 * and silently overridden; the whole new value is validated first so nothing half-valid is kept.
 */
export async function saveSettings(changes: Partial<Settings>): Promise<EffectiveSettings> {
  const current = await loadSettings();
  const lockedChanged = (Object.keys(changes) as SettingName[]).filter((name) => current.locked.has(name));
  if (lockedChanged.length > 0) throw new Error(`Set by your organisation's policy: ${lockedChanged.join(', ')}`);
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const base = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const next = SettingsSchema.partial().parse({ ...base, ...changes });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return loadSettings();
}

/** Calls back whenever local settings or the policy change. Returns the unsubscribe function. */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
