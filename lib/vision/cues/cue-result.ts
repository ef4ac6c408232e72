/**
 * Every cue either measured something or says why it could not. "Insufficient data" is a result in
 * its own right: too few frames must never read as a clean (or a suspicious) measurement.
 */
export interface InsufficientData {
  status: 'insufficient-data';
  reason: string;
}

export type CueResult<T extends object> = InsufficientData | ({ status: 'measured' } & T);

export const insufficientData = (reason: string): InsufficientData => ({ status: 'insufficient-data', reason });

export const measured = <T extends object>(value: T): { status: 'measured' } & T => ({ status: 'measured', ...value });
