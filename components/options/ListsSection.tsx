import { useRef, useState } from 'react';
import type { ListRecord } from '@/lib/db/records';
import type { ListActions } from '@/lib/options/list-actions';
import type { ListHits } from '@/lib/options/list-hits';
import { ListRow } from './ListRow';
import { OutcomeMessage, type Outcome } from './OutcomeMessage';
import { ScrollTable } from './ScrollTable';

export interface ListsSectionProps {
  /** Undefined while loading. */
  lists: ListRecord[] | undefined;
  hits: Map<string, ListHits> | Error | undefined;
  /** Lists may be changed here; undefined while the policy is not known yet (read-only, no notice). */
  editable: boolean | undefined;
  actions: Pick<ListActions, 'setEnabled' | 'remove' | 'exportList'>;
  now: number;
}

const COLUMNS = ['List', 'Author', 'Category', 'Entries', 'In use', 'Origin', 'Signature', 'Modified', 'Expires', 'Hits', 'Actions'];

/** The stored lists, with what a security team does to them: switch on and off, export, delete. */
export function ListsSection({ lists, hits, editable, actions, now }: ListsSectionProps) {
  // The list an action is running on and, for a switch, the state asked for (shown at once).
  const [busy, setBusy] = useState<{ id: string; enabled?: boolean }>();
  const [outcome, setOutcome] = useState<Outcome>();
  // A deleted row takes its focused button with it; focus goes back to the section's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function act(list: ListRecord, work: () => Promise<void>, say: { working: string; done: string; focusHeading?: boolean; enabled?: boolean }): Promise<void> {
    setBusy({ id: list.id, ...(say.enabled === undefined ? {} : { enabled: say.enabled }) });
    // A million-entry list takes seconds to export, or for the background to re-index: say so.
    setOutcome({ kind: 'working', message: say.working });
    try {
      await work();
      setOutcome({ kind: 'done', message: say.done });
      if (say.focusHeading) headingRef.current?.focus();
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(undefined);
    }
  }

  const hitsOf = (id: string) => (hits instanceof Error ? hits : hits?.get(id));

  return (
    <section aria-labelledby="lists-heading" className="hp-section">
      <h2 id="lists-heading" ref={headingRef} tabIndex={-1}>
        Signal lists
      </h2>
      {editable === false ? (
        <p className="hp-notice">Your organisation’s policy does not allow editing lists in this browser: they are shown read-only.</p>
      ) : null}
      {hits instanceof Error ? <p className="hp-muted">Hits could not be counted: {hits.message}</p> : null}
      <OutcomeMessage outcome={outcome} />
      {lists === undefined ? (
        <p className="hp-muted">Loading lists…</p>
      ) : lists.length === 0 ? (
        <p>No lists are stored yet.{editable ? ' Import one below.' : ''}</p>
      ) : (
        <ScrollTable columns={COLUMNS} labelledBy="lists-heading">
          {lists.map((list) => (
            <ListRow
              key={list.id}
              list={list}
              hits={hitsOf(list.id)}
              editable={editable === true}
              busy={busy?.id === list.id}
              {...(busy?.id === list.id && busy.enabled !== undefined ? { switchingTo: busy.enabled } : {})}
              now={now}
              onSetEnabled={(enabled) =>
                void act(list, () => actions.setEnabled(list.id, enabled), {
                  working: `Switching “${list.title}” ${enabled ? 'on' : 'off'}…`,
                  done: `“${list.title}” is ${enabled ? 'on' : 'off'}.`,
                  enabled,
                })
              }
              onExport={() => void act(list, () => actions.exportList(list.id), { working: `Exporting “${list.title}”…`, done: `“${list.title}” exported.` })}
              onDelete={() =>
                void act(list, () => actions.remove(list.id), { working: `Deleting “${list.title}”…`, done: `“${list.title}” deleted.`, focusHeading: true })
              }
            />
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
