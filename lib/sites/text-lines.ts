import { clampText, MAX_FIELD_LENGTH } from '../candidate/observation';

/**
 * The lines of a block of rich text (a calendar event's description), as a reader sees them: a
 * `<br>` or a block element ends a line. `textOf` joins everything into one line, which loses the
 * "Label: value" structure scheduling tools write into descriptions. Code is skipped like in `textOf`.
 */

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'textarea']);
const MAX_LINES = 200;
const MAX_NODES = 5000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function textLines(root: Node | null | undefined): string[] {
  if (!root) return [];
  const lines: string[] = [];
  let current = '';
  let visited = 0;
  const endLine = () => {
    const line = clampText(current);
    if (line && lines.length < MAX_LINES) lines.push(line);
    current = '';
  };
  const visit = (node: Node, depth: number): void => {
    if (++visited > MAX_NODES || depth > 64) return;
    if (node.nodeType === TEXT_NODE) {
      if (current.length < MAX_FIELD_LENGTH * 2) current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') return endLine();
    const block = BLOCKS.has(name);
    if (block) endLine();
    for (const child of Array.from(node.childNodes)) visit(child, depth + 1);
    if (block) endLine();
  };
  visit(root, 0);
  endLine();
  return lines;
}
