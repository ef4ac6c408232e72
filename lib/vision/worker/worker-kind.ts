/**
 * Whether this worker was started as a module worker. With no arguments importScripts loads nothing
 * in a classic worker and throws a TypeError in a module worker, which is how the HTML standard
 * tells them apart; the answer decides which build of the tasks-vision loader can be used.
 */
export function workerKind(scope: { importScripts?: () => void }): 'module' | 'classic' {
  try {
    scope.importScripts?.();
    return 'classic';
  } catch {
    return 'module';
  }
}
