import { useEffect, useState } from 'react';
import type { HireProofDb } from '../db/database';
import { loadCase, type CaseData } from './load-case';
import type { ReviewActions } from './review-actions';
import { useLiveLoad, type Loaded } from './use-live-load';

/**
 * A case, live, and its view audited once per opening (issue 6: every view of a case is logged).
 * `viewLogged` is undefined until the log answered.
 */
export function useCase(db: HireProofDb, actions: Pick<ReviewActions, 'viewed'>, candidateId: string): { caseData: Loaded<CaseData | undefined>; viewLogged: boolean | undefined } {
  const caseData = useLiveLoad(() => loadCase(db, candidateId), [db, candidateId]);
  const [viewLogged, setViewLogged] = useState<boolean>();
  useEffect(() => {
    let current = true;
    setViewLogged(undefined);
    void actions.viewed(candidateId).then((ok) => {
      if (current) setViewLogged(ok);
    });
    return () => {
      current = false;
    };
  }, [actions, candidateId]);
  return { caseData, viewLogged };
}
