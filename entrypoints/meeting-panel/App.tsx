import { useEffect, useState } from 'react';
import { MeetingPanel } from '@/components/meeting/MeetingPanel';
import { DEFAULT_CONSENT_NOTICE } from '@/lib/meeting/consent-notice';
import { useLandmarker } from '@/lib/meeting/use-landmarker';
import { useMeetingBridge } from '@/lib/meeting/use-meeting-bridge';
import { useTrackerState } from '@/lib/meeting/use-tracker-state';

export function App({ port }: { port: Promise<MessagePort> }) {
  const { bridge, error } = useMeetingBridge(port);
  const state = useTrackerState(bridge?.tracker);
  const landmarker = useLandmarker(state.consent);
  const [collapsed, setCollapsed] = useState(false);
  const ready = landmarker.state === 'ready' ? landmarker.landmarker : undefined;

  useEffect(() => bridge?.tracker.setAnalyser(ready), [bridge, ready]);
  // The size request goes over the channel too: nothing else leaves this frame.
  useEffect(() => bridge?.post({ type: 'layout', collapsed }), [bridge, collapsed]);

  const tracker = bridge?.tracker;
  return (
    <MeetingPanel
      connected={tracker !== undefined}
      state={state}
      analysis={landmarker.state === 'failed' ? landmarker : { state: landmarker.state }}
      notice={DEFAULT_CONSENT_NOTICE}
      collapsed={collapsed}
      error={error}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      onConsent={(given) => tracker?.setConsent(given)}
      onSkip={(key, skip) => tracker?.setSkip(key, skip)}
      onStartChallenge={(key, kind) => tracker?.startChallenge(key, kind)}
      onEndChallenge={(key) => tracker?.endChallenge(key)}
    />
  );
}
