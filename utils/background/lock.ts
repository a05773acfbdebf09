// Serialises read-modify-write cycles on storage within one worker lifetime. Only the background writes
// these items, so an in-memory queue is enough; nothing here must survive the worker (a dead worker holds
// no lock).
const queues = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return next;
}

/** Runs `task` once for concurrent callers with the same key (e.g. identical lookups share one request). */
const inflight = new Map<string, Promise<unknown>>();

export function singleFlight<T>(key: string, task: () => Promise<T>): Promise<T> {
  const existing = inflight.get(key);
  if (existing) return existing as Promise<T>;
  const p = task().finally(() => inflight.delete(key));
  inflight.set(key, p);
  return p;
}
