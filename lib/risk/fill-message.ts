/**
 * Fills `{name}` placeholders of a signal message template from evidence data. The result is plain
 * text (values came from web pages: control characters are removed, and it is never parsed as HTML).
 * An unknown placeholder stays visible as `{name}` so a broken template shows instead of lying.
 */
export function fillMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template
    .replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole))
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** The `{placeholder}` names a template uses, in order of first use. */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? ''))];
}
