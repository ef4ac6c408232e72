import { canonicalise } from './canonical';
import { readJson } from './read-input';
import { count, finishProblems, problemsFromZod, refuse, type ListParseResult, type RawProblem } from './result';
import { knownKeysAt, MAX_ENTRIES, SignalListSchema } from './schema';

export { MAX_LIST_BYTES } from './read-input';
export type { ListParseResult, ListProblem } from './result';

/**
 * Parses a list in the native format (./FORMAT.md). The result is canonical (sorted, duplicates
 * merged, see ./canonical.ts); merging is reported as a warning because it changes what a
 * signature over the file would cover.
 */
export function parseNativeList(text: string): ListParseResult {
  const json = readJson(text);
  if (!json.ok) return refuse(json.problems);
  return nativeFromJson(json.value, text);
}

/** The second half of parseNativeList, for callers that already parsed the JSON (format detection). */
export function nativeFromJson(value: unknown, text?: string): ListParseResult {
  const early = tooManyEntries(value);
  if (early) return refuse([early], text);
  const parsed = SignalListSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: finishProblems(problemsFromZod(parsed.error.issues, knownKeysAt), text) };
  return accept(parsed.data);
}

/** Canonicalises a validated list and says what that changed. */
export function accept(list: Parameters<typeof canonicalise>[0], warnings: string[] = []): ListParseResult {
  const { list: canonical, mergedEntries } = canonicalise(list);
  if (mergedEntries > 0) warnings.push(`${count(mergedEntries, 'duplicate entry')} merged into entries with the same kind and value`);
  return { ok: true, list: canonical, warnings };
}

/** Checked before validation: validating two million entries only to refuse them would look like a hang. */
function tooManyEntries(value: unknown): RawProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = (value as Record<string, unknown>).entries;
  if (!Array.isArray(entries) || entries.length <= MAX_ENTRIES) return undefined;
  return { segments: ['entries'], message: `${count(entries.length, 'entry')}; a list holds at most ${count(MAX_ENTRIES, 'entry')}` };
}
