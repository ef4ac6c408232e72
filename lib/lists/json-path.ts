/** Paths into parsed documents, written the way people read them: `entries[3].value`. */

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `parent` extended by one segment: `a.b`, `a[3]`, `a["odd key"]`. */
export function appendSegment(parent: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${parent}[${JSON.stringify(segment)}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(appendSegment, '');
}
