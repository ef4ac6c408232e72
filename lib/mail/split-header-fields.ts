/**
 * Splits a message's header block into unfolded fields, the way postal-mime does (RFC 5322 §2.2 and
 * §3.2.2: a field ends at a line break not followed by a space or tab; unfolding removes the break and
 * keeps the whitespace). postal-mime only offers this inside its asynchronous `parse()`, and site
 * adapters extract synchronously, so this is the same algorithm as postal-mime 4.0's
 * `MimeNode.processHeaders`; test/lib/mail/split-header-fields.test.ts holds the two to the same
 * answer on every case. Field bodies are then read with postal-mime's own `addressParser` and
 * `decodeWords` (see read-message-headers.ts).
 */

export interface HeaderField {
  /** Field name in lower case, e.g. `received`. */
  key: string;
  /** Field name as written. */
  name: string;
  /** Unfolded value, leading and trailing spaces and tabs removed. */
  value: string;
  /** False for a line without a colon, which postal-mime keeps as a name without a value. */
  colon: boolean;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** True when the block did not end within the limits: its last fields may be missing. */
  truncated: boolean;
}

/**
 * Most characters of header block read. Real blocks with long Received chains, DKIM and ARC run to
 * tens of kilobytes; a megabyte of "headers" is an attack, and the body that follows is never read.
 */
export const MAX_HEADER_BLOCK_CHARS = 256 * 1024;
/** Most fields kept (each Received hop is one; a few dozen is usual). */
export const MAX_HEADER_FIELDS = 1000;

const isWsp = (c: number) => c === 0x20 || c === 0x09;

function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** A line without the CR and LF characters that end it (a bare CR inside the line stays, as in postal-mime). */
function stripLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x0d || line.charCodeAt(end - 1) === 0x0a)) end--;
  return line.slice(0, end);
}

function toField(parts: readonly string[]): HeaderField {
  const unfolded = parts.join('');
  const colon = unfolded.indexOf(':');
  const name = trimWsp(colon < 0 ? unfolded : unfolded.slice(0, colon));
  // A bare CR or LF left in a value would let a consumer that writes it out start a new line.
  const value = colon < 0 ? '' : trimWsp(unfolded.slice(colon + 1).replace(/[\r\n]+/g, ' '));
  return { key: name.toLowerCase(), name, value, colon: colon >= 0 };
}

/** The fields of the header block at the start of `raw` (which ends at the first empty line). */
export function splitHeaderFields(raw: string): HeaderBlock {
  const text = raw.length > MAX_HEADER_BLOCK_CHARS ? raw.slice(0, MAX_HEADER_BLOCK_CHARS) : raw;
  const groups: string[][] = [];
  let pos = 0;
  let ended = false;
  let full = false;
  while (pos < text.length) {
    const lf = text.indexOf('\n', pos);
    // A line cut by the size limit may be the first half of a field: it is not read.
    if (lf < 0 && text.length < raw.length) break;
    const next = lf < 0 ? text.length : lf + 1;
    const line = stripLineEnd(text.slice(pos, next));
    pos = next;
    if (line === '') {
      ended = true; // the empty line that ends the block; the body after it is never read
      break;
    }
    const last = groups[groups.length - 1];
    if (last && isWsp(line.charCodeAt(0))) last.push(line);
    else if (groups.length < MAX_HEADER_FIELDS) groups.push([line]);
    else {
      full = true;
      break;
    }
  }
  // Without its empty line, a block is complete only if the whole text was read.
  const truncated = full || (!ended && text.length < raw.length);
  return { fields: groups.map(toField), truncated };
}
