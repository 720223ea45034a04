/**
 * One instance per process, even when a module is loaded twice: the server entry runs the
 * sources directly while Remix runs its own bundled copy, and both must share the database pool
 * and the request context.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const symbol = Symbol.for(`antenne.${key}`);
  return (store[symbol] ??= create());
}
