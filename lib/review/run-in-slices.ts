/**
 * Runs a long export a slice at a time, giving the page back between slices, so 100,000 rows never
 * freeze it: typing, scrolling and the progress bar go on while the file is built.
 */

/** A piece of the output and how many items (rows) are done once it is written. */
export interface Part {
  text: string;
  done: number;
}

export interface SliceOptions {
  /** Called between slices with the items done so far. */
  onProgress?: (done: number) => void;
  /** Longest slice (ms) before the page gets a turn; a frame is 16 ms. */
  budgetMs?: number;
  now?: () => number;
  /** How the page gets its turn; a macrotask, so input and painting run in between. */
  yieldTask?: () => Promise<void>;
}

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Every part's text, in order, as the pieces of a Blob (one big string would be copied again). */
export async function collectInSlices(parts: Iterable<Part>, options: SliceOptions = {}): Promise<string[]> {
  const { budgetMs = 12, now = () => performance.now(), yieldTask = nextTask } = options;
  const out: string[] = [];
  let sliceStart = now();
  for (const part of parts) {
    out.push(part.text);
    if (now() - sliceStart >= budgetMs) {
      options.onProgress?.(part.done);
      await yieldTask();
      sliceStart = now();
    }
  }
  return out;
}
