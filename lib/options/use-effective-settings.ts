import { useCallback, useEffect, useState } from 'react';
import type { EffectiveSettings } from '../settings/effective-settings';
import type { Settings } from '../settings/settings-schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/settings-store';

export interface SettingsState {
  /** Undefined while loading. */
  current: EffectiveSettings | undefined;
  loadError: string | undefined;
  /** Saves local changes; rejects with the reason (a locked field, an invalid value). */
  save: (changes: Partial<Settings>) => Promise<void>;
}

/** The settings in force, reloaded whenever they change (here, in another tab, or by policy). */
export function useEffectiveSettings(): SettingsState {
  const [current, setCurrent] = useState<EffectiveSettings>();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let live = true;
    const reload = () =>
      loadSettings().then(
        (loaded) => {
          if (!live) return;
          setCurrent(loaded);
          setLoadError(undefined);
        },
        (error: unknown) => live && setLoadError(error instanceof Error ? error.message : String(error)),
      );
    void reload();
    const unsubscribe = onSettingsChanged(() => void reload());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const save = useCallback(async (changes: Partial<Settings>) => {
    setCurrent(await saveSettings(changes));
  }, []);

  return { current, loadError, save };
}
