import { useCallback, useEffect, useState } from 'react';
import { MeetingPanel } from '@/components/meeting/MeetingPanel';
import { DEFAULT_CONSENT_NOTICE } from '@/lib/meeting/consent-notice';
import { useCandidateLinks } from '@/lib/meeting/use-candidate-links';
import { modelLine } from '@/lib/meeting/model-line';
import { useLandmarker } from '@/lib/meeting/use-landmarker';
import { useMeetingBridge } from '@/lib/meeting/use-meeting-bridge';
import { useTrackerState } from '@/lib/meeting/use-tracker-state';
import { useEffectiveSettings } from '@/lib/options/use-effective-settings';

export function App({ port }: { port: Promise<MessagePort> }) {
  const { bridge, error } = useMeetingBridge(port);
  const state = useTrackerState(bridge?.tracker);
  const landmarker = useLandmarker(state.consent);
  const [collapsed, setCollapsed] = useState(false);
  const ready = landmarker.state === 'ready' ? landmarker.landmarker : undefined;
  const settings = useEffectiveSettings();
  // Settings that cannot be read leave the product's own notice rather than no way to start.
  const notice = settings.current?.settings.livenessConsentNotice ?? (settings.loadError === undefined ? undefined : DEFAULT_CONSENT_NOTICE);
  const links = useCandidateLinks(bridge?.tracker);
  const client = links.client;
  const find = useCallback((query: string) => client?.findCandidates(query) ?? Promise.resolve([]), [client]);

  useEffect(() => bridge?.tracker.setAnalyser(ready), [bridge, ready]);
  // The size request goes over the channel too: nothing else leaves this frame.
  useEffect(() => bridge?.post({ type: 'layout', collapsed }), [bridge, collapsed]);

  const tracker = bridge?.tracker;
  return (
    <MeetingPanel
      connected={tracker !== undefined}
      state={state}
      analysis={landmarker.state === 'failed' ? landmarker : { state: landmarker.state }}
      notice={notice}
      model={landmarker.state === 'ready' ? modelLine(landmarker.model) : undefined}
      links={
        links.links
          ? {
              state: links.state,
              find,
              onLink: (participant, match) => links.links?.link(participant, { id: match.id, displayName: match.displayName }),
              onUnlink: (key) => void links.links?.unlink(key),
              onRetry: (key) => links.links?.retry(key),
            }
          : undefined
      }
      collapsed={collapsed}
      error={error}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      onConsent={(given) => tracker?.setConsent(given, notice)}
      onSkip={(key, skip) => tracker?.setSkip(key, skip)}
      onStartChallenge={(key, kind) => tracker?.startChallenge(key, kind)}
      onEndChallenge={(key) => tracker?.endChallenge(key)}
    />
  );
}
