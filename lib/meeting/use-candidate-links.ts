import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { createCandidateLinks, type CandidateLinks, type LinksState } from './candidate-links';
import type { LivenessTracker } from './liveness-tracker';
import { createRecordClient, type RecordClient, type RecordPort } from './record-client';

export interface CandidateLinksView {
  links?: CandidateLinks;
  state: LinksState;
  client?: RecordClient;
}

const EMPTY: LinksState = { links: new Map() };

/**
 * The panel's candidate links (candidate-links.ts) over a Port to the background, for as long as the
 * tracker lives. When the call's page goes away (the call ended, the tab closed) every changed
 * summary is sent once more; what the timer saved before stays whatever happens.
 */
export function useCandidateLinks(tracker: LivenessTracker | undefined): CandidateLinksView {
  const [view, setView] = useState<CandidateLinksView>({ state: EMPTY });
  useEffect(() => {
    if (!tracker) return;
    // A runtime Port is structurally a RecordPort; the cast only narrows its message type.
    const client = createRecordClient((name) => browser.runtime.connect({ name }) as unknown as RecordPort);
    const links = createCandidateLinks({ client, tracker });
    const show = () => setView({ links, client, state: links.getState() });
    show();
    const unsubscribe = links.subscribe(show);
    const flush = () => links.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      links.flush();
      unsubscribe();
      links.dispose();
      // Let the last saves leave before the Port closes.
      setTimeout(() => client.close(), 1_000);
    };
  }, [tracker]);
  return view;
}
