import { appendSegment } from './json-path';

/**
 * Lines of given JSON paths ("entries[3].value") in valid JSON text: one pass tracking the path of
 * each value as it starts, recording the line of the wanted ones. Run only when there are problems to
 * place, so parsing a good list never pays for it. Expects text that scanJson accepted.
 */
export function linesOfPaths(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  interface Frame {
    path: string;
    array: boolean;
    index: number;
    key: string;
  }
  const stack: Frame[] = [];
  let expectKey = false;
  let line = 1;

  // Path of the value that starts here; records its line when wanted.
  const valueStarts = (): string => {
    const top = stack[stack.length - 1];
    const path = top === undefined ? '' : appendSegment(top.path, top.array ? top.index : top.key);
    if (wanted.has(path) && !found.has(path)) found.set(path, line);
    return path;
  };

  for (let i = 0; i < text.length && found.size < wanted.size; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
    } else if (c === '{' || c === '[') {
      stack.push({ path: valueStarts(), array: c === '[', index: 0, key: '' });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else expectKey = true;
    } else if (c === '"') {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        expectKey = false;
      } else {
        valueStarts();
      }
      i = end;
    } else if (c === '-' || c === 't' || c === 'f' || c === 'n' || (c !== undefined && c >= '0' && c <= '9')) {
      valueStarts();
      while (i + 1 < text.length && /[\w.+-]/.test(text[i + 1] ?? '')) i++;
    }
  }
  return found;
}

/** Index of the quote closing the string that opens at `start` (JSON strings hold no raw newlines). */
function closingQuote(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}
