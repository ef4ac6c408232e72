/**
 * MediaPipe's message without the source-location trace it appends (one `file.cc:line` per line of
 * its C++ call stack): the first part says what went wrong, the trace only helps MediaPipe's authors.
 */
export function mediapipeReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split(/\n?=== Source Location Trace/)[0] ?? '').trim();
}
