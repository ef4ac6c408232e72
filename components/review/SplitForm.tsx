import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ReasonAndConfirm } from './ReasonAndConfirm';
import type { AddedEvidenceRecord, LivenessRecord, NoteRecord, ObservationRecord } from '../../lib/db/records';
import type { SplitDone, SplitRequest } from '../../lib/governance/merge-split-replies';
import { splitGroups, type SplitKind } from '../../lib/governance/split-choices';

export interface SplitFormProps {
  candidateId: string;
  observations: readonly ObservationRecord[];
  liveness: readonly LivenessRecord[];
  evidence: readonly AddedEvidenceRecord[];
  notes: readonly NoteRecord[];
  onSplit: (request: SplitRequest) => Promise<SplitDone>;
  onSplitDone: (done: SplitDone) => void;
  onCancel: () => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const NOTHING: Record<SplitKind, ReadonlySet<string>> = { pages: new Set(), liveness: new Set(), evidence: new Set(), notes: new Set() };

/**
 * Moves chosen pages of this record (and, if chosen, interview summaries, added evidence and notes)
 * to a new record: checkboxes per page, with what each page showed, and a required reason. At least
 * one page must go and one must stay. Decisions and score history stay here.
 */
export function SplitForm({ candidateId, observations, liveness, evidence, notes, onSplit, onSplitDone, onCancel }: SplitFormProps) {
  const id = useId();
  const groups = useMemo(() => splitGroups({ observations, liveness, evidence, notes }), [observations, liveness, evidence, notes]);
  const [chosen, setChosen] = useState(NOTHING);
  const [reason, setReason] = useState('');
  const [splitting, setSplitting] = useState(false);
  const [error, setError] = useState<string>();
  const firstRef = useRef<HTMLInputElement>(null);
  // Only rows still on the record count: the case reloads when another tab changes it.
  const picked = (kind: SplitKind) => groups.find((g) => g.kind === kind)?.choices.filter((c) => chosen[kind].has(c.id)).map((c) => c.id) ?? [];
  const pageCount = observations.length;

  useEffect(() => firstRef.current?.focus(), []);

  const toggle = (kind: SplitKind, choiceId: string) =>
    setChosen((was) => {
      const next = new Set(was[kind]);
      if (!next.delete(choiceId)) next.add(choiceId);
      return { ...was, [kind]: next };
    });

  async function split(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (splitting) return;
    const pages = picked('pages');
    const problem =
      pages.length === 0
        ? 'Choose at least one page to move.'
        : pages.length === pageCount
          ? 'Leave at least one page on this record: moving every page is not a split.'
          : reason.trim() === ''
            ? 'Give the reason for splitting this record.'
            : undefined;
    if (problem !== undefined) {
      setError(problem);
      return;
    }
    setSplitting(true);
    setError(undefined);
    try {
      const done = await onSplit({
        candidateId,
        observationIds: pages,
        livenessIds: picked('liveness'),
        evidenceIds: picked('evidence'),
        noteIds: picked('notes'),
        reason: reason.trim(),
      });
      onSplitDone(done);
    } catch (e) {
      setError(`Nothing was split: ${messageOf(e)}`);
    } finally {
      setSplitting(false);
    }
  }

  if (pageCount < 2) {
    return (
      <>
        <p className="hp-muted">This record has only one page: there is nothing to split off.</p>
        <button type="button" className="hp-button hp-button--secondary" onClick={onCancel}>
          Close
        </button>
      </>
    );
  }
  return (
    <form onSubmit={(event) => void split(event)} noValidate aria-busy={splitting}>
      <p className="hp-hint">
        The chosen pages move to a new record, with their photo and text fingerprints; both records are checked again. Decisions
        and score history stay on this record.
      </p>
      {groups.map((group, g) => (
        <fieldset key={group.kind}>
          <legend>{group.legend}</legend>
          {group.choices.map((choice, c) => (
            <div key={choice.id} className="hp-decision-form__choice">
              <input
                ref={g === 0 && c === 0 ? firstRef : undefined}
                type="checkbox"
                id={`${id}-${group.kind}-${c}`}
                checked={chosen[group.kind].has(choice.id)}
                onChange={() => toggle(group.kind, choice.id)}
                aria-describedby={`${id}-${group.kind}-${c}-about`}
              />
              <label htmlFor={`${id}-${group.kind}-${c}`}>{choice.label}</label>
              <span id={`${id}-${group.kind}-${c}-about`} className="hp-hint">
                {' '}
                ({choice.detail})
              </span>
            </div>
          ))}
        </fieldset>
      ))}
      <p className="hp-hint" aria-live="polite">
        {picked('pages').length} of {pageCount} pages chosen.
      </p>
      <ReasonAndConfirm
        id={id}
        question="Why do these pages belong to someone else?"
        reason={reason}
        onReason={setReason}
        error={error}
        busy={splitting}
        submitLabel="Move to a new record"
        busyLabel="Splitting…"
        onCancel={onCancel}
      />
    </form>
  );
}
