import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Peak memory of a headless Chromium while a bench step runs, sampled every `everyMs`: the page's JS
 * heap (CDP Runtime.getHeapUsage) and the resident memory of the browser's processes by kind (Linux
 * /proc). IndexedDB's backend does not run in the page, so the page heap alone would miss what a
 * large transaction costs the browser.
 */
export interface MemoryPeaks {
  pageHeapMb: number;
  /** Resident MB per process kind at the first sample, for comparison. */
  startRssMb: Record<string, number>;
  /** Peak resident MB per process kind ('browser', 'renderer', 'storage', 'gpu-process', 'utility' …) and 'total'. */
  rssMb: Record<string, number>;
}

const MB = 2 ** 20;

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return '';
  }
}

/** Chromium processes started with `profileDir`, and their descendants, with their kinds and resident bytes. */
function processes(profileDir: string): Array<{ kind: string; rss: number }> {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      const stat = readOr(`/proc/${pid}/stat`);
      // Zygote children rewrite their command line as one string joined by spaces.
      const cmd = readOr(`/proc/${pid}/cmdline`).split(/[\0 ]/);
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`))?.[1] ?? 0) * 1024;
      // Field 4 of stat is the parent; the command name before it may hold spaces, hence after ')'.
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '';
      const type = cmd.find((a) => a.startsWith('--type='))?.slice(7);
      const sub = cmd.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
      const kind = type === undefined ? 'browser' : sub?.startsWith('storage.') ? 'storage' : type;
      return { pid, ppid, cmd, kind, rss };
    });
  const root = all.find((p) => p.kind === 'browser' && p.cmd.includes(`--user-data-dir=${profileDir}`));
  if (!root) return [];
  const inTree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!inTree.has(p.pid) && inTree.has(p.ppid)) grew = Boolean(inTree.add(p.pid));
  }
  return all.filter((p) => inTree.has(p.pid));
}

export async function sampleMemory(page: Page, profileDir: string, everyMs = 100): Promise<{ stop: () => Promise<MemoryPeaks> }> {
  const cdp = await page.context().newCDPSession(page);
  const peaks: MemoryPeaks = { pageHeapMb: 0, startRssMb: {}, rssMb: {} };
  const peak = (key: string, bytes: number) => (peaks.rssMb[key] = Math.max(peaks.rssMb[key] ?? 0, bytes / MB));
  let busy: Promise<void> | undefined;
  const sample = async () => {
    const heap = await cdp.send('Runtime.getHeapUsage').catch(() => undefined);
    if (heap) peaks.pageHeapMb = Math.max(peaks.pageHeapMb, heap.usedSize / MB);
    const byKind = new Map<string, number>();
    for (const p of processes(profileDir)) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.rss);
    for (const [kind, bytes] of byKind) peak(kind, bytes);
    peak('total', [...byKind.values()].reduce((s, x) => s + x, 0));
  };
  // One sample at a time: a busy renderer answers CDP late, and samples must not pile up.
  const timer = setInterval(() => {
    busy ??= sample().finally(() => (busy = undefined));
  }, everyMs);
  await sample();
  peaks.startRssMb = { ...peaks.rssMb };
  return {
    stop: async () => {
      clearInterval(timer);
      await busy;
      await sample();
      await cdp.detach();
      return peaks;
    },
  };
}
