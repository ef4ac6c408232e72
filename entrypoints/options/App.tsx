import { useMemo, useState } from 'react';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { HireProofDb } from '@/lib/db/database';
import { downloadList } from '@/lib/options/download-list';
import { finishImport } from '@/lib/options/finish-import';
import { requestHostPermission } from '@/lib/options/host-permission';
import { createListActions } from '@/lib/options/list-actions';
import { utcDay } from '@/lib/options/list-dates';
import type { ListJobs } from '@/lib/options/list-jobs';
import { refreshSubscriptionsNow } from '@/lib/options/refresh-subscriptions';
import { subscriptionOutcome } from '@/lib/options/subscription-outcome';
import { useEffectiveSettings } from '@/lib/options/use-effective-settings';
import { useListHits } from '@/lib/options/use-list-hits';
import { useStoredLists } from '@/lib/options/use-stored-lists';
import { useSubscriptionStates } from '@/lib/options/use-subscription-states';
import { signals } from '@/lib/signals';

const now = () => Date.now();
const today = () => utcDay(Date.now());

/** Wiring only: the database, the list worker, settings storage and the background, into the page. */
export function App({ db, jobs }: { db: HireProofDb; jobs: ListJobs }) {
  const lists = useStoredLists(db);
  const [recount, setRecount] = useState(0);
  const hits = useListHits(db, lists, recount);
  const settings = useEffectiveSettings();
  const states = useSubscriptionStates();
  const actions = useMemo(() => createListActions(db, jobs, { onListsChanged: () => setRecount((n) => n + 1) }), [db, jobs]);
  const current = settings.current?.settings;

  return (
    <OptionsPage
      lists={lists}
      hits={hits}
      editable={current?.recruitersMayEditLists}
      listActions={actions}
      importer={{
        jobs,
        trustedKeys: current?.trustedKeys ?? [],
        subscriptionsLocked: settings.current?.locked.has('subscriptions') ?? true,
        download: downloadList,
        onApplied: (_applied, subscribe) =>
          finishImport(subscribe, {
            listsChanged: actions.listsChanged,
            subscriptions: current?.subscriptions ?? [],
            saveSubscriptions: (subscriptions) => settings.save({ subscriptions }),
          }),
      }}
      settings={{
        ...settings,
        signals,
        subscriptions: {
          outcomeOf: (url) => subscriptionOutcome(url, lists ?? [], states),
          requestPermission: requestHostPermission,
          refreshNow: refreshSubscriptionsNow,
        },
      }}
      now={now}
      today={today}
    />
  );
}
