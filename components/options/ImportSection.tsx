import { useEffect, useRef, useState } from 'react';
import type { ListProblem } from '@/lib/lists/result';
import type { TrustedKey } from '@/lib/lists/signature';
import type { ImportSource } from '@/lib/options/import-source';
import type { AppliedList, ListPreview } from '@/lib/options/list-job-protocol';
import { JobCancelledError, type ListJobs } from '@/lib/options/list-jobs';
import { useWarnBeforeLeaving } from '@/lib/options/use-warn-before-leaving';
import { count } from '@/lib/lists/result';
import { ImportPreview } from './ImportPreview';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';
import { ProblemList } from './ProblemList';
import { SourcePicker, type SourcePickerProps } from './SourcePicker';
import { SourceReview } from './SourceReview';
import { WorkProgress } from './WorkProgress';

export interface ImportSectionProps {
  jobs: Pick<ListJobs, 'prepare' | 'apply' | 'discard' | 'cancel'>;
  trustedKeys: readonly TrustedKey[];
  subscriptionsLocked: boolean;
  download: SourcePickerProps['download'];
  /** After lists were stored: tell the background, add the subscription. Throws a sentence for people. */
  onApplied: (lists: AppliedList[], subscribe: string | undefined) => Promise<void>;
  now: () => number;
  today: () => string;
}

/** Inputs being worked on, kept through every step so "back" never loses what was chosen. */
interface Chosen {
  sources: ImportSource[];
  problems: string[];
  subscribe?: string;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'review' }
  | { kind: 'working'; stage: string; startedAt: number; saving: boolean }
  | { kind: 'refused'; problems: ListProblem[] }
  | { kind: 'preview'; prepared: number; previews: ListPreview[] };

const HEADINGS: Record<Step['kind'], string> = {
  choose: 'Choose what to import',
  review: 'Review before checking',
  working: 'Working',
  refused: 'Not imported',
  preview: 'Preview',
};

/**
 * Import, in steps: choose inputs, review them (signature, CSV details), check them in the list
 * worker, preview what would change, apply. Nothing is stored before Apply, and a refused input
 * changes nothing. Focus follows each step's heading so keyboard and screen-reader users land on it.
 */
export function ImportSection({ jobs, trustedKeys, subscriptionsLocked, download, onApplied, now, today }: ImportSectionProps) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [chosen, setChosen] = useState<Chosen>({ sources: [], problems: [] });
  const [outcome, setOutcome] = useState<Outcome>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step.kind]);

  useWarnBeforeLeaving(step.kind === 'preview' || (step.kind === 'working' && step.saving));

  const stage = (text: string) => setStep((s) => (s.kind === 'working' ? { ...s, stage: text } : s));

  async function check(): Promise<void> {
    setOutcome(undefined);
    setStep({ kind: 'working', stage: 'Starting…', startedAt: now(), saving: false });
    try {
      const result = await jobs.prepare(
        chosen.sources.map(({ key, name, content, origin, signature, metadata }) => ({
          key,
          name,
          content,
          origin,
          ...(signature === undefined ? {} : { signature }),
          ...(metadata === undefined ? {} : { metadata, format: 'csv' as const }),
        })),
        trustedKeys,
        stage,
      );
      setStep(result.ok ? { kind: 'preview', prepared: result.prepared, previews: result.previews } : { kind: 'refused', problems: result.problems });
    } catch (error) {
      setStep({ kind: 'review' });
      if (!(error instanceof JobCancelledError)) setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function apply(prepared: number): Promise<void> {
    setStep({ kind: 'working', stage: 'Saving…', startedAt: now(), saving: true });
    let applied: AppliedList[];
    try {
      applied = await jobs.apply(prepared, stage);
    } catch (error) {
      // The save is one transaction: failing here means nothing was stored. The person checks
      // again from the review step, so the worker may let go of this preview.
      jobs.discard(prepared);
      setStep({ kind: 'review' });
      setOutcome({ kind: 'error', message: `Nothing was stored: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const names = applied.map((l) => `“${l.title}” (${count(l.entryCount, 'entry')})`).join(', ');
    setChosen({ sources: [], problems: [] });
    setStep({ kind: 'choose' });
    // The background re-indexes every enabled list next, which takes a while for big ones.
    setOutcome({ kind: 'working', message: `Saved ${names}; updating the checks…` });
    try {
      await onApplied(applied, chosen.subscribe);
      setOutcome({ kind: 'done', message: `Stored ${names}.` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', message: `Stored ${names}. ${reason.charAt(0).toUpperCase()}${reason.slice(1)}` });
    }
  }

  function startOver(): void {
    if (step.kind === 'preview') jobs.discard(step.prepared);
    setChosen({ sources: [], problems: [] });
    setStep({ kind: 'choose' });
  }

  return (
    <section aria-labelledby="import-heading" className="hp-section">
      <h2 id="import-heading">Import lists</h2>
      <h3 ref={headingRef} tabIndex={-1} className="hp-step-heading">
        {HEADINGS[step.kind]}
      </h3>
      <OutcomeMessage outcome={outcome} />

      {step.kind === 'choose' ? (
        <SourcePicker
          today={today()}
          subscriptionsLocked={subscriptionsLocked}
          download={download}
          onSources={(sources, problems, subscribe) => {
            setOutcome(undefined);
            setChosen({ sources, problems, ...(subscribe === undefined ? {} : { subscribe }) });
            setStep({ kind: 'review' });
          }}
        />
      ) : null}

      {step.kind === 'review' ? (
        <SourceReview
          sources={chosen.sources}
          problems={chosen.problems}
          onChange={(sources) => setChosen((c) => ({ ...c, sources }))}
          onCheck={() => void check()}
          onStartOver={startOver}
        />
      ) : null}

      {step.kind === 'working' ? (
        <WorkProgress stage={step.stage} startedAt={step.startedAt} {...(step.saving ? {} : { onCancel: () => jobs.cancel() })} />
      ) : null}

      {step.kind === 'refused' ? (
        <div>
          <p role="alert">
            {count(step.problems.length, 'problem')} found. Nothing was stored; fix the input and check it again.
          </p>
          <ProblemList problems={step.problems} />
          <div className="hp-actions">
            <button type="button" className="hp-button" onClick={() => setStep({ kind: 'review' })}>
              Back
            </button>
            <button type="button" className="hp-button hp-button--secondary" onClick={startOver}>
              Start over
            </button>
          </div>
        </div>
      ) : null}

      {step.kind === 'preview' ? (
        <ImportPreview
          previews={step.previews}
          {...(chosen.subscribe === undefined ? {} : { subscribe: chosen.subscribe })}
          now={now()}
          onApply={() => void apply(step.prepared)}
          onCancel={startOver}
        />
      ) : null}
    </section>
  );
}
