import { createHash } from 'node:crypto';

/** A short stand-in for comparing megabytes: deep-equality on large byte arrays is slow in Vitest. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
