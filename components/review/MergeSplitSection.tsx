import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AddedEvidenceRecord, LivenessRecord, NoteRecord, ObservationRecord } from '../../lib/db/records';
import type { MergeDone, MergeRequest, SplitDone, SplitRequest } from '../../lib/governance/merge-split-replies';
import type { CandidateMatch } from '../../lib/meeting/record-protocol';
import { MergeForm } from './MergeForm';
import { SplitForm } from './SplitForm';

export interface MergeSplitSectionProps {
  candidateId: string;
  /** The name the case shows. */
  candidateName: string;
  /** The case's pages, interview summaries, added evidence and notes (lib/review/load-case.ts CaseData). */
  observations: readonly ObservationRecord[];
  liveness: readonly LivenessRecord[];
  evidence?: readonly AddedEvidenceRecord[];
  notes?: readonly NoteRecord[];
  /** Records matching a name or e-mail address, e.g. findCandidates (lib/db/find-candidates.ts); rejects with a sentence. */
  searchCandidates: (query: string) => Promise<CandidateMatch[]>;
  /** Merges in the background (lib/governance/merge-split-client.ts); rejects with a sentence for people. */
  onMerge: (request: MergeRequest) => Promise<MergeDone>;
  /** Splits in the background (lib/governance/merge-split-client.ts); rejects with a sentence for people. */
  onSplit: (request: SplitRequest) => Promise<SplitDone>;
  /** Opens another case: the record that stayed after this one was merged away, or the new record of a split. */
  onOpenCase: (candidateId: string) => void;
}

type Open = 'merge' | 'split' | undefined;

/**
 * "Merge with another record…" and "Split…" for a case: one person seen as two records, or two
 * people on one. Each opens in place (no modal, so nothing traps focus); Escape or Cancel closes it
 * and returns focus to its button. What happened is said in the status line; a merge that removed
 * this record opens the one that stayed.
 */
export function MergeSplitSection(props: MergeSplitSectionProps) {
  const { candidateId, candidateName, onOpenCase } = props;
  const id = useId();
  const [open, setOpen] = useState<Open>();
  const [status, setStatus] = useState('');
  const [newRecord, setNewRecord] = useState<string>();
  const mergeButton = useRef<HTMLButtonElement>(null);
  const splitButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Open>(undefined);

  useEffect(() => {
    if (open !== undefined || returnTo.current === undefined) return;
    (returnTo.current === 'merge' ? mergeButton : splitButton).current?.focus();
    returnTo.current = undefined;
  }, [open]);

  const close = () => {
    returnTo.current = open;
    setOpen(undefined);
  };
  const show = (which: Exclude<Open, undefined>) => {
    setStatus('');
    setNewRecord(undefined);
    setOpen(which);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  const merged = (done: MergeDone, otherName: string) => {
    const moved = `${done.sightings} page${done.sightings === 1 ? '' : 's'} moved`;
    const rechecked = `${done.reassessed} other applicant${done.reassessed === 1 ? '' : 's'} checked again`;
    if (done.intoId === candidateId) {
      setStatus(`Merged ${otherName} into this record: ${moved}, ${rechecked}.`);
      close();
    } else {
      setStatus(`Merged this record into ${otherName}: ${moved}, ${rechecked}. Opening that record…`);
      setOpen(undefined);
      onOpenCase(done.intoId);
    }
  };
  const split = (done: SplitDone) => {
    setStatus(`Moved ${done.sightings} page${done.sightings === 1 ? '' : 's'} to a new record; both records and ${done.reassessed} other applicant${done.reassessed === 1 ? '' : 's'} were checked again.`);
    setNewRecord(done.newCandidateId);
    close();
  };

  return (
    <div role="group" aria-label="Merge or split records" className="hp-merge-split">
      <button
        ref={mergeButton}
        type="button"
        className="hp-button hp-button--secondary"
        aria-expanded={open === 'merge'}
        aria-controls={open === 'merge' ? `${id}-panel` : undefined}
        onClick={() => (open === 'merge' ? close() : show('merge'))}
      >
        Merge with another record…
      </button>
      <button
        ref={splitButton}
        type="button"
        className="hp-button hp-button--secondary"
        aria-expanded={open === 'split'}
        aria-controls={open === 'split' ? `${id}-panel` : undefined}
        onClick={() => (open === 'split' ? close() : show('split'))}
      >
        Split…
      </button>
      {open !== undefined ? (
        <div id={`${id}-panel`} role="region" aria-labelledby={`${id}-title`} className="hp-confirm" onKeyDown={onKeyDown}>
          <h3 id={`${id}-title`}>{open === 'merge' ? `Merge ${candidateName} with another record` : `Split pages off ${candidateName}`}</h3>
          {open === 'merge' ? (
            <MergeForm
              candidateId={candidateId}
              candidateName={candidateName}
              searchCandidates={props.searchCandidates}
              onMerge={props.onMerge}
              onMerged={merged}
              onCancel={close}
            />
          ) : (
            <SplitForm
              candidateId={candidateId}
              observations={props.observations}
              liveness={props.liveness}
              evidence={props.evidence ?? []}
              notes={props.notes ?? []}
              onSplit={props.onSplit}
              onSplitDone={split}
              onCancel={close}
            />
          )}
        </div>
      ) : null}
      <p className="hp-status" role="status">
        {status}
      </p>
      {newRecord !== undefined ? (
        <button type="button" className="hp-button hp-button--secondary" onClick={() => onOpenCase(newRecord)}>
          Open the new record
        </button>
      ) : null}
    </div>
  );
}
