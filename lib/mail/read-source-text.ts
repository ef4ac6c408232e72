import { MAX_HEADER_BLOCK_CHARS } from './split-header-fields';

/**
 * The text of an element that shows a raw message ("show original", "view message source"), with
 * its line breaks kept: unlike lib/sites/dom.ts's textOf, which collapses whitespace, a header block
 * is made of lines. Code and embedded documents are skipped; `<br>` and block elements end a line,
 * for pages that draw one element per line. Reads one character past the header block limit, so the
 * header reader can tell a block that went on from one that ended.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object']);
const BLOCKS = new Set(['div', 'p', 'li', 'tr', 'pre', 'section', 'article', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const MAX_SOURCE_TEXT = MAX_HEADER_BLOCK_CHARS + 1;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function inPre(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const name = el.localName.toLowerCase();
    if (name === 'pre' || name === 'textarea') return true;
  }
  return false;
}

/** Line-preserving text of `root`, at most MAX_SOURCE_TEXT characters; undefined when it has none. */
export function readSourceText(root: Element | undefined): string | undefined {
  if (!root) return undefined;
  let out = '';
  // Numbers on the stack close a block element: the length of `out` when it opened.
  const stack: Array<Node | number> = [root];
  while (out.length < MAX_SOURCE_TEXT) {
    const current = stack.pop();
    if (current === undefined) break;
    if (typeof current === 'number') {
      // A block ends its line; an empty one is an empty line (one element per line: the line that
      // ends a header block).
      if (out.length === current || !out.endsWith('\n')) out += '\n';
      continue;
    }
    if (current.nodeType === TEXT_NODE) {
      const value = current.nodeValue ?? '';
      // Whitespace between elements is the page's own indentation, not part of any line, except in
      // a pre, where every character is the message's.
      if (/^\s*$/.test(value) && value.includes('\n') && !inPre(current)) continue;
      out += value;
      continue;
    }
    if (current.nodeType !== ELEMENT_NODE) continue;
    const name = (current as Element).localName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      out += '\n';
      continue;
    }
    if (BLOCKS.has(name) && current !== root) stack.push(out.length);
    const kids = current.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  const text = out.slice(0, MAX_SOURCE_TEXT);
  return text.trim() === '' ? undefined : text;
}
