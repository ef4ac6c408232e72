import { useEffect, useState } from 'react';
import { RiskPanel } from '@/components/RiskPanel';
import { PANEL_LAYOUT_MESSAGE, type PanelLayoutMessage } from '@/lib/content/panel-frame';
import { usePanelConnection } from '@/lib/panel/use-panel-connection';
import { useTabId } from '@/lib/panel/use-tab-id';
import { caseUrl, openCaseInTab } from '@/lib/review/case-url';

const inPage = window.top !== window;

export function App() {
  const { snapshot, perform } = usePanelConnection(useTabId());
  const [collapsed, setCollapsed] = useState(false);
  const [error, setError] = useState<string>();
  const candidateId = snapshot.candidate?.id;

  useEffect(() => {
    if (!inPage) return;
    // Only the size request leaves the iframe; the content script checks it came from this frame.
    const message: PanelLayoutMessage = { type: PANEL_LAYOUT_MESSAGE, collapsed };
    window.parent.postMessage(message, '*');
  }, [collapsed]);

  return (
    <RiskPanel
      state={snapshot.state}
      candidate={snapshot.candidate}
      assessment={snapshot.assessment}
      notes={snapshot.notes}
      collapsed={collapsed}
      error={error ?? snapshot.error}
      onToggleCollapsed={() => setCollapsed((c) => !c)}
      // The note and flag forms await these and show a failure next to their button.
      onAddNote={(text) => (candidateId ? perform({ type: 'add-note', candidateId, text }).then(() => undefined) : undefined)}
      addedEvidence={snapshot.addedEvidence}
      onAddEvidence={(text) => (candidateId ? perform({ type: 'add-evidence', candidateId, text }) : Promise.reject(new Error('No candidate')))}
      onRemoveEvidence={(evidenceId) =>
        candidateId ? perform({ type: 'remove-evidence', candidateId, evidenceId }) : Promise.reject(new Error('No candidate'))
      }
      caseHref={candidateId ? caseUrl(candidateId) : undefined}
      onOpenCase={
        candidateId
          ? () => void openCaseInTab(candidateId).catch((e: unknown) => setError(`The case page did not open: ${e instanceof Error ? e.message : String(e)}`))
          : undefined
      }
      onFlagForReview={(reason) => (candidateId ? perform({ type: 'flag-for-review', candidateId, reason }).then(() => undefined) : undefined)}
      onSetFalsePositive={(signalId, value) => {
        if (!candidateId) return;
        perform({ type: 'set-false-positive', candidateId, signalId, value }).then(
          () => setError(undefined),
          (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
        );
      }}
    />
  );
}
