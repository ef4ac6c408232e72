import type { LivenessSummary } from '../../../lib/liveness/liveness-summary';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import { makeLiveness } from './make-liveness';

/** Cases every liveness signal shares: nothing run, or only accommodations, is a skip, never a miss. */
export const SHARED_SKIPS: Array<[string, LivenessSummary[], SignalOutcome]> = [
  ['skip: no liveness check was run', [], { status: 'skip', reason: 'No liveness check was run in a video interview' }],
  ['skip: only accommodations', [makeLiveness({ skipped: 'accommodation', framesAnalysed: 0, challenges: [] })], { status: 'skip', reason: 'Liveness was skipped as an accommodation' }],
];
