import type { Signal, SignalMeta } from '../signals/define-signal';

/** What the settings show of a registered signal (lib/signals/index.ts). */
export type SignalInfo = Pick<Signal, 'id'> & { meta: Pick<SignalMeta, 'title' | 'description' | 'weight'> };
