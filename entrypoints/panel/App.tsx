import { useEffect, useState } from 'react';
import { RiskPanel, type RiskPanelProps } from '@/components/RiskPanel';
import type { HireProofDb } from '@/lib/db/database';
import { addNote, setFalsePositive, setFlaggedForReview } from '@/lib/db/recruiter-actions';
import { PANEL_LAYOUT_MESSAGE, type PanelLayoutMessage } from '@/lib/content/panel-frame';
import { useCandidateData } from '@/lib/panel/use-candidate-data';
import { useTabId } from '@/lib/panel/use-tab-id';
import { useTabState } from '@/lib/panel/use-tab-state';

const inPage = window.top !== window;

export function App({ db }: { db: HireProofDb }) {
  const tabState = useTabState(useTabId());
  const candidateId = tabState?.status === 'ready' ? tabState.candidateId : undefined;
  const data = useCandidateData(db, candidateId);
  const [collapsed, setCollapsed] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!inPage) return;
    // Only the size request leaves the iframe; the content script checks it came from this frame.
    const message: PanelLayoutMessage = { type: PANEL_LAYOUT_MESSAGE, collapsed };
    window.parent.postMessage(message, '*');
  }, [collapsed]);

  const act = (action: () => Promise<unknown>) =>
    action().then(
      () => setError(undefined),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );

  const state: RiskPanelProps['state'] =
    tabState === undefined || (candidateId && data === undefined) ? 'loading' : data ? 'ready' : 'no-candidate';
  const props: RiskPanelProps = {
    state,
    collapsed,
    error: error ?? tabState?.error,
    notes: data?.notes ?? [],
    assessment: data?.assessment,
    health: data?.assessment?.health,
    candidate: data
      ? {
          id: data.candidate.id,
          displayName: data.candidate.displayName,
          otherNames: data.candidate.names.filter((n) => n !== data.candidate.displayName),
          headline: data.latest?.headline,
          location: data.latest?.location?.raw,
          sightings: data.observations.map((o) => ({
            source: o.observation.source,
            pageUrl: o.observation.pageUrl,
            observedAt: o.firstSeenAt,
          })),
          flaggedForReview: data.candidate.flaggedForReview === 1,
        }
      : undefined,
    onToggleCollapsed: () => setCollapsed((c) => !c),
    onAddNote: async (text) => {
      if (!candidateId) return;
      // Errors propagate to the note form, which keeps the text and shows them.
      await addNote(db, { candidateId, text, now: Date.now() });
    },
    onSetFalsePositive: (signalId, value) => {
      if (candidateId) void act(() => setFalsePositive(db, { candidateId, signalId, value, now: Date.now() }));
    },
    // The form awaits this and shows a failure next to the button.
    onFlagForReview: (reason) =>
      candidateId ? setFlaggedForReview(db, { candidateId, flagged: true, reason, now: Date.now() }) : undefined,
  };
  return <RiskPanel {...props} />;
}
