import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadSubscriptionStates, STATE_KEY, type SubscriptionState } from '../subscriptions/subscription-state';

/** Each subscription URL's remembered refresh state, reloaded whenever the background updates it. */
export function useSubscriptionStates(): Record<string, SubscriptionState> {
  const [states, setStates] = useState<Record<string, SubscriptionState>>({});
  useEffect(() => {
    let live = true;
    const reload = () => void loadSubscriptionStates().then((loaded) => live && setStates(loaded), () => undefined);
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATE_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return states;
}
