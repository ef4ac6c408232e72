/**
 * A tagged template that escapes every interpolated value unless it is markup this template made.
 * The case report is built from page text (names, notes, URLs), all hostile: with escaping the
 * default, a forgotten call cannot let `<script>` or `" onload=` through.
 */

const MARKUP: unique symbol = Symbol('markup');

/** Markup built by `html` (or `joinHtml`); the only thing interpolated as is. */
export interface Markup {
  readonly [MARKUP]: string;
}

export type HtmlValue = string | number | Markup | readonly Markup[] | undefined | null | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const markup = (text: string): Markup => ({ [MARKUP]: text });

function render(value: HtmlValue): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  // Only markup made here carries the module-private symbol; any other object (parsed JSON) is dropped.
  if (typeof value === 'object' && value !== null && MARKUP in value) return (value as Markup)[MARKUP];
  return '';
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

/** The markup's text, for the finished document. */
export const markupText = (m: Markup): string => m[MARKUP];

/**
 * Fixed markup that is not page data (the style sheet): `trusted` must be a literal of this code,
 * never a value read from anywhere.
 */
export const trustedMarkup = (trusted: string): Markup => markup(trusted);
