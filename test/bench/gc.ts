/**
 * A garbage-collection hook for heap measurements without asking the user for --expose-gc:
 * `global.gc` when node runs with it, else V8's flag set at run time and `gc` taken from a fresh
 * context (a documented V8 behaviour: the flag applies to contexts created after it is set).
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export function getGc(): (() => void) | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as () => void;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fromContext: unknown = vm.runInNewContext('gc');
    return typeof fromContext === 'function' ? (fromContext as () => void) : null;
  } catch {
    return null;
  }
}
