import { queryAll, textOf } from './dom';

/**
 * Label/value rows ("Email: a@b.example", <dt>Phone</dt><dd>…</dd>, Workday's formLabel cells). ATS
 * pages that rename their hooks usually keep the words a recruiter reads, so these rows are the
 * fallback that keeps an adapter working after a redesign.
 */

/** How labels are compared: case-insensitive, whitespace collapsed, a trailing ":" or "*" ignored. */
export function labelKey(text: string | undefined): string {
  return (text ?? '').replace(/[\s:*]+$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The value elements of rows whose label reads as one of `labels`. A label's value is its next
 * element sibling unless `valueOf` finds it elsewhere (Workday nests the label one level down).
 */
export function labelledValues(
  root: ParentNode | null | undefined,
  labelSelector: string,
  labels: readonly string[],
  valueOf: (label: Element) => Element | null | undefined = (label) => label.nextElementSibling,
): Element[] {
  const wanted = new Set(labels.map(labelKey));
  return queryAll(root, labelSelector)
    .filter((label) => wanted.has(labelKey(textOf(label))))
    .flatMap((label) => valueOf(label) ?? []);
}

/** Text of the first labelled value that has any. */
export function labelledText(
  root: ParentNode | null | undefined,
  labelSelector: string,
  labels: readonly string[],
  valueOf?: (label: Element) => Element | null | undefined,
): string | undefined {
  for (const value of labelledValues(root, labelSelector, labels, valueOf)) {
    const text = textOf(value);
    if (text) return text;
  }
  return undefined;
}
