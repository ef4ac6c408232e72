import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of a Chromium renderer's main thread, from Linux's per-thread scheduler statistics
 * (/proc/PID/task/PID/schedstat: nanoseconds on a CPU). Unlike wall-clock timings it does not grow when
 * other work on the machine preempts the thread, which on a shared 2-core machine is most of the noise.
 * A renderer's main thread is its first thread, whose id is the process id.
 */

export const hasSchedstat = () => existsSync('/proc/self/schedstat');

/** Process ids of every Chromium renderer process running now. */
export function rendererPids(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      return false; // gone meanwhile, or not ours to read
    }
  });
}

/** Milliseconds the process's main thread has spent on a CPU; NaN once it is gone. */
export function mainThreadCpuMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * The renderer whose main thread `busy` (a busy loop of `busyMs` in the page of interest) kept
 * busiest; undefined unless that one took most of the loop's time, since on a loaded machine another
 * renderer (the panel's, analysing frames) could otherwise be taken for it.
 */
export async function findRenderer(busy: () => Promise<unknown>, busyMs: number): Promise<number | undefined> {
  const before = new Map(rendererPids().map((pid) => [pid, mainThreadCpuMs(pid)]));
  await busy();
  const spent = [...before].map(([pid, ms]) => [pid, mainThreadCpuMs(pid) - ms] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = spent;
  if (!first || first[1] < busyMs / 2 || (second && second[1] > first[1] / 2)) return undefined;
  return first[0];
}
