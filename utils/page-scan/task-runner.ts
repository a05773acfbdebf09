// Runs queued work in short slices so the page never sees a long task: each slice stops after
// `budgetMs` and the rest waits for the next idle period (or a timeout when the page is never idle).

export interface TaskRunnerOptions {
  budgetMs?: number;
  now?: () => number;
  /**
   * Schedules the next slice; defaults to requestIdleCallback (timeout 100 ms) or setTimeout. The callback
   * may be given the idle time the browser promised, which lets a slice use it (up to `maxIdleMs`).
   */
  defer?: (cb: (idleMs?: number) => void) => void;
  maxIdleMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * A unit of work: does some, returns true while more remains, or 'yield' to end the slice now (the next
 * step wants a slice of its own). `deadline` is a `now()` value.
 */
export type Task = (deadline: number) => boolean | 'yield';

type Ric = (cb: (deadline: { timeRemaining(): number }) => void, o?: { timeout: number }) => number;

export function defaultDefer(cb: (idleMs?: number) => void): void {
  const ric = (globalThis as { requestIdleCallback?: Ric }).requestIdleCallback;
  if (ric) ric((deadline) => cb(deadline.timeRemaining()), { timeout: 100 });
  else setTimeout(() => cb(), 0);
}

export function createTaskRunner(options: TaskRunnerOptions = {}) {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const defer = options.defer ?? defaultDefer;
  const queue: Task[] = [];
  let scheduled = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };

  const maxIdle = options.maxIdleMs ?? 16;
  const slice = (idleMs?: number) => {
    scheduled = false;
    // In a long idle period the browser has nothing else to do: use more of it, never above maxIdle.
    const deadline = now() + Math.max(budget, Math.min(idleMs ?? 0, maxIdle));
    while (queue.length > 0 && now() < deadline) {
      const task = queue[0]!;
      let more: boolean | 'yield' = false;
      try {
        more = task(deadline);
      } catch (error) {
        options.onError?.(error);
      }
      if (!more) queue.shift();
      if (more === 'yield') break;
    }
    if (queue.length > 0) schedule();
    else settle();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(slice);
  };

  return {
    add(task: Task) {
      queue.push(task);
      schedule();
    },
    clear() {
      queue.length = 0;
      settle();
    },
    get pending() {
      return queue.length;
    },
    /** Resolves once the queue is empty. */
    idle(): Promise<void> {
      if (queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

export type TaskRunner = ReturnType<typeof createTaskRunner>;
