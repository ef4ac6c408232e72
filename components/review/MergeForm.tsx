import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ReasonAndConfirm } from './ReasonAndConfirm';
import type { MergeDone, MergeRequest } from '../../lib/governance/merge-split-replies';
import type { CandidateMatch } from '../../lib/meeting/record-protocol';
import { formatDate } from '../panel-format';

export interface MergeFormProps {
  candidateId: string;
  candidateName: string;
  /** Records matching a name or e-mail address (lib/db/find-candidates.ts); rejects with a sentence. */
  searchCandidates: (query: string) => Promise<CandidateMatch[]>;
  onMerge: (request: MergeRequest) => Promise<MergeDone>;
  /** The merge is done; `otherName` is the other record's name as it was listed. */
  onMerged: (done: MergeDone, otherName: string) => void;
  onCancel: () => void;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const NO_PICK = 'Choose the record to merge with.';
const NO_REASON = 'Give the reason for merging these records.';

/**
 * Finds the other record of the same person (by name or e-mail address), asks which record stays,
 * and merges them with a required reason. Two forms, one after the other (forms cannot nest): Enter
 * in the search field searches, Enter in the reason's form merges. The results are radio buttons,
 * so arrow keys move between them.
 */
export function MergeForm({ candidateId, candidateName, searchCandidates, onMerge, onMerged, onCancel }: MergeFormProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string>();
  const [results, setResults] = useState<{ query: string; matches: CandidateMatch[] }>();
  const [pickedId, setPickedId] = useState<string>();
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [reason, setReason] = useState('');
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string>();
  const queryRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const picked = results?.matches.find((m) => m.id === pickedId);

  useEffect(() => queryRef.current?.focus(), []);

  async function search(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (searching) return;
    const typed = query.trim();
    if (typed === '') {
      setSearchError('Type a name or an e-mail address to search for.');
      return;
    }
    setSearching(true);
    setSearchError(undefined);
    try {
      const found = await searchCandidates(typed);
      setResults({ query: typed, matches: found.filter((m) => m.id !== candidateId) });
      setPickedId(undefined);
    } catch (e) {
      setSearchError(`The search failed: ${messageOf(e)}`);
    } finally {
      setSearching(false);
    }
  }

  async function merge(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (merging) return;
    const problem = !picked ? NO_PICK : reason.trim() === '' ? NO_REASON : undefined;
    if (problem !== undefined || !picked) {
      setError(problem);
      if (picked) reasonRef.current?.focus();
      return;
    }
    setMerging(true);
    setError(undefined);
    try {
      const [fromId, intoId] = keep === 'this' ? [picked.id, candidateId] : [candidateId, picked.id];
      onMerged(await onMerge({ fromId, intoId, reason: reason.trim() }), picked.displayName);
    } catch (e) {
      setError(`Nothing was merged: ${messageOf(e)}`);
    } finally {
      setMerging(false);
    }
  }

  return (
    <>
      <form role="search" aria-label="Find the other record" onSubmit={(event) => void search(event)} noValidate aria-busy={searching}>
        <label htmlFor={`${id}-query`}>Find the other record by name or e-mail address</label>
        <input
          ref={queryRef}
          id={`${id}-query`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-invalid={searchError !== undefined ? true : undefined}
          aria-describedby={searchError !== undefined ? `${id}-search-error` : undefined}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="hp-button hp-button--secondary" disabled={searching}>
          {searching ? 'Searching…' : 'Search'}
        </button>
        {searchError !== undefined ? (
          <p id={`${id}-search-error`} className="hp-error" role="alert">
            {searchError}
          </p>
        ) : null}
      </form>
      <p className="hp-status" role="status">
        {searching ? 'Searching…' : results ? `${results.matches.length === 0 ? 'No' : results.matches.length} other record${results.matches.length === 1 ? '' : 's'} found for “${results.query}”.` : ''}
      </p>
      {results && results.matches.length > 0 ? (
        <form onSubmit={(event) => void merge(event)} noValidate aria-busy={merging}>
          <fieldset>
            <legend>Records found</legend>
            {results.matches.map((m) => (
              <div key={m.id} className="hp-decision-form__choice">
                <input type="radio" id={`${id}-${m.id}`} name={`${id}-pick`} checked={pickedId === m.id} onChange={() => setPickedId(m.id)} aria-describedby={`${id}-${m.id}-about`} />
                <label htmlFor={`${id}-${m.id}`}>{m.displayName}</label>
                <span id={`${id}-${m.id}-about`} className="hp-hint">
                  {' '}
                  {describeMatch(m)}
                </span>
              </div>
            ))}
          </fieldset>
          {picked ? (
            <fieldset>
              <legend>Which record stays?</legend>
              <p className="hp-hint">Everything on the other record moves onto the one that stays; the other record’s link stops working.</p>
              {(['this', 'other'] as const).map((side) => (
                <div key={side} className="hp-decision-form__choice">
                  <input type="radio" id={`${id}-keep-${side}`} name={`${id}-keep`} checked={keep === side} onChange={() => setKeep(side)} />
                  <label htmlFor={`${id}-keep-${side}`}>{side === 'this' ? `This record (${candidateName})` : `The other record (${picked.displayName})`}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <ReasonAndConfirm
            id={id}
            question="Why are these the same person?"
            reason={reason}
            onReason={setReason}
            error={error}
            reasonInvalid={error === NO_REASON}
            reasonRef={reasonRef}
            busy={merging}
            submitLabel="Merge records"
            busyLabel="Merging…"
            onCancel={onCancel}
          />
        </form>
      ) : (
        <button type="button" className="hp-button hp-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </>
  );
}

/** What tells two records of one name apart: other names, headline, where and when seen. */
function describeMatch(m: CandidateMatch): string {
  return [
    m.otherNames.length > 0 ? `also seen as ${m.otherNames.join(', ')}` : undefined,
    m.headline,
    m.sources.length > 0 ? `on ${m.sources.join(', ')}` : undefined,
    `last seen ${formatDate(m.lastSeenAt)}`,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('; ');
}
