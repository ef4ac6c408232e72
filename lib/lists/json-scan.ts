/**
 * One linear pass over JSON text before JSON.parse sees it. It refuses what JSON.parse would accept
 * or choke on badly: nesting deeper than a list needs (deep input can exhaust the stack of any later
 * recursive walk), lone surrogates (not Unicode; they would be stored and compared as garbage) and
 * duplicate keys (JSON.parse silently keeps the last, so `"id"` twice is a list that is not what
 * its author read). It also gives syntax errors a line and column, which engines word differently or
 * omit (V8's "Unexpected token" has no position).
 */

export interface JsonScanError {
  line: number;
  column: number;
  message: string;
}

const enum Expect {
  Value,
  Key,
  Colon,
  After,
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function scanJson(text: string, maxDepth: number): JsonScanError | undefined {
  // Per open container: undefined for an array, the keys seen so far for an object.
  const stack: (Set<string> | undefined)[] = [];
  let expect = Expect.Value;
  let canClose = false; // just after '[' or '{', where the closing bracket is allowed
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const error = (message: string, at = i): JsonScanError => ({ line, column: at - lineStart + 1, message });

  while (true) {
    // Whitespace, counting lines.
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      if (c === 0x0a) [line, lineStart] = [line + 1, i + 1];
      c = text.charCodeAt(++i);
    }
    if (i >= text.length) {
      return stack.length === 0 && expect === Expect.After ? undefined : error('unexpected end of input');
    }
    const top = stack[stack.length - 1];
    const ch = text[i] ?? '';
    if (expect === Expect.After) {
      if (stack.length === 0) return error('unexpected text after the end of the JSON document');
      if (ch === ',') {
        expect = top ? Expect.Key : Expect.Value;
        canClose = false;
        i++;
      } else if ((ch === '}' && top) || (ch === ']' && !top)) {
        stack.pop();
        i++;
      } else {
        return error(top ? "expected ',' or '}' after a property value" : "expected ',' or ']' after an array element");
      }
      continue;
    }
    if (expect === Expect.Colon) {
      if (ch !== ':') return error("expected ':' after a property name");
      expect = Expect.Value;
      i++;
      continue;
    }
    if (expect === Expect.Key) {
      if (ch === '}' && canClose) {
        stack.pop();
        expect = Expect.After;
        i++;
        continue;
      }
      if (ch !== '"') return error('expected a property name in double quotes');
      const end = scanString(text, i);
      if (typeof end !== 'number') return error(end.message, end.at);
      const key = text.slice(i + 1, end).includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
      if (top?.has(key)) return error(`duplicate key ${JSON.stringify(key)}`);
      top?.add(key);
      i = end + 1;
      expect = Expect.Colon;
      continue;
    }
    // Expect.Value
    if (ch === '{' || ch === '[') {
      if (stack.length >= maxDepth) return error(`nesting deeper than ${maxDepth} levels`);
      stack.push(ch === '{' ? new Set<string>() : undefined);
      expect = ch === '{' ? Expect.Key : Expect.Value;
      canClose = true;
      i++;
      continue;
    }
    if (ch === ']' && canClose && stack.length > 0 && !top) {
      stack.pop();
      expect = Expect.After;
      i++;
      continue;
    }
    if (ch === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return error(end.message, end.at);
      i = end + 1;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) return error('malformed number');
      i += m[0].length;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else {
      return error(`unexpected character ${JSON.stringify(ch)}`);
    }
    expect = Expect.After;
  }
}

/**
 * Index of the closing quote of the string starting at `start`, or what is wrong and where. Checks
 * escapes and surrogate pairs both raw and escaped ("\ud800" alone is as broken as a raw one).
 */
function scanString(text: string, start: number): number | { message: string; at: number } {
  let i = start + 1;
  let pendingHigh = -1; // position of an escaped high surrogate still waiting for its low half
  for (;;) {
    if (i >= text.length) return { message: 'unterminated string', at: start };
    const c = text.charCodeAt(i);
    const escapedLow = c === 0x5c && text[i + 1] === 'u' && /^[dD][c-fC-F]/.test(text.slice(i + 2, i + 4));
    if (pendingHigh >= 0 && !escapedLow) return { message: 'invalid Unicode: lone surrogate escape', at: pendingHigh };
    if (c === 0x22) return i;
    if (c < 0x20) return { message: 'control character in string (escape it, e.g. \\n)', at: i };
    if (c === 0x5c) {
      const e = text[i + 1] ?? '';
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { message: 'malformed \\u escape', at: i };
        const unit = Number.parseInt(hex, 16);
        if (pendingHigh >= 0) pendingHigh = -1; // this is the low half (checked above)
        else if (unit >= 0xd800 && unit <= 0xdbff) pendingHigh = i;
        else if (unit >= 0xdc00 && unit <= 0xdfff) return { message: 'invalid Unicode: lone surrogate escape', at: i };
        i += 6;
      } else if (ESCAPES.has(e)) {
        i += 2;
      } else {
        return { message: `invalid escape \\${e}`, at: i };
      }
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return { message: 'invalid Unicode: lone surrogate', at: i };
      i += 2;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { message: 'invalid Unicode: lone surrogate', at: i };
    i++;
  }
}
