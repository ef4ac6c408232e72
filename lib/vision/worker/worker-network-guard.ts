import { installNetworkGuard, type GuardedScope } from './install-network-guard';

/**
 * The landmark worker's network guard, installed when this module is evaluated. It is a module of
 * its own so that the worker entry can import it before @mediapipe/tasks-vision: imports are
 * evaluated in order, so nothing in the library runs before the guard is in place.
 */
// The project type-checks against the DOM library, which types `self` as a Window; in the worker
// it is the worker's global scope, which has what GuardedScope names.
export const networkGuard = installNetworkGuard(self as unknown as GuardedScope);
