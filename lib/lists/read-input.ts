import { scanJson } from './json-scan';
import type { RawProblem } from './result';

/**
 * Limits every importer applies before doing any real work, so hostile or accidental input (a 2 GB
 * log pasted as a list, a JSON bomb) is refused with a reason instead of freezing the extension.
 */

// 100 MiB of UTF-8. A million-entry list in the native format is about 80 MB.
export const MAX_LIST_BYTES = 100 * 1024 * 1024;
// Lists nest five levels (list > filters > filter > match > value); 32 leaves room for foreign formats.
export const MAX_JSON_DEPTH = 32;

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: RawProblem[] };

/** UTF-8 byte length of `text`, counting no further than `stopAfter`. */
function utf8Length(text: string, stopAfter: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** The text without a byte-order mark, or the problem that stops it being read at all. */
export function checkText(text: string): ReadResult<string> {
  // Every UTF-16 unit is at least one UTF-8 byte and at most three, so most sizes need no count.
  const tooBig = text.length > MAX_LIST_BYTES || (text.length * 3 > MAX_LIST_BYTES && utf8Length(text, MAX_LIST_BYTES) > MAX_LIST_BYTES);
  if (tooBig) {
    const mb = Math.round(MAX_LIST_BYTES / 1024 / 1024);
    return { ok: false, problems: [{ segments: [], message: `input is larger than ${mb} MB; split the list into several files` }] };
  }
  return { ok: true, value: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Parsed JSON, or every reason it is not acceptable JSON (size, syntax, depth, Unicode, duplicate keys). */
export function readJson(input: string): ReadResult<unknown> {
  const checked = checkText(input);
  if (!checked.ok) return checked;
  const text = checked.value;
  const scanError = scanJson(text, MAX_JSON_DEPTH);
  if (scanError) {
    return { ok: false, problems: [{ segments: [], line: scanError.line, message: `invalid JSON at column ${scanError.column}: ${scanError.message}` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The scan accepts only valid JSON, so this is the engine running out of memory or similar.
    const message = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { ok: false, problems: [{ segments: [], message: `could not parse JSON: ${message}` }] };
  }
}

/** Well-formed UTF-16 (no lone surrogates) for text formats that are not scanned as JSON. */
export function lineOfLoneSurrogate(text: string): number | undefined {
  if (text.isWellFormed()) return undefined;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return line;
    } else if (c >= 0xdc00 && c <= 0xdfff) return line;
  }
  return undefined;
}
