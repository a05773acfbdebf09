// Failures injected on request: the next `count` API replies whose path matches fail the chosen way.

export const FAULT_KINDS = ['500', '503', 'delay', 'malformed', 'html', '429', 'drop', 'quota', 'revoked'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** How many matching replies fail; default 1. */
  count?: number;
  /** For `delay`: how long to hold the reply before answering normally; default 10 s. */
  delayMs?: number;
  /** For `429`: a `Retry-After` header in seconds; default none (clients then wait the documented 2 minutes). */
  retryAfterS?: number;
  /** Only requests whose path is this or lies under it (e.g. `/v2/trackings/get`, `/v2`); default all API paths. */
  path?: string;
}

export interface Fault {
  kind: FaultKind;
  remaining: number;
  delayMs: number;
  retryAfterS: number | null;
  path: string | null;
}

/** Validates a hook payload; returns an error text for a bad one. */
export function parseFaults(input: unknown): FaultSpec[] | string {
  const list = Array.isArray(input) ? input : [input];
  for (const f of list) {
    if (typeof f !== 'object' || f === null) return 'a fault must be an object';
    const { kind, count, delayMs, path, retryAfterS } = f as Record<string, unknown>;
    if (!FAULT_KINDS.includes(kind as FaultKind)) return `kind must be one of ${FAULT_KINDS.join(', ')}`;
    if (count !== undefined && !(Number.isInteger(count) && (count as number) > 0)) return 'count must be a positive integer';
    if (delayMs !== undefined && !(typeof delayMs === 'number' && delayMs >= 0)) return 'delayMs must be a number >= 0';
    if (path !== undefined && typeof path !== 'string') return 'path must be a string';
    if (retryAfterS !== undefined && !(Number.isInteger(retryAfterS) && (retryAfterS as number) >= 0)) return 'retryAfterS must be an integer >= 0';
  }
  return list as FaultSpec[];
}

export class Faults {
  private queue: Fault[] = [];

  add(specs: FaultSpec[]): void {
    for (const s of specs) this.queue.push({ kind: s.kind, remaining: s.count ?? 1, delayMs: s.delayMs ?? 10_000, retryAfterS: s.retryAfterS ?? null, path: s.path ?? null });
  }

  clear(): void {
    this.queue = [];
  }

  pending(): Fault[] {
    return this.queue.map((f) => ({ ...f }));
  }

  /** Consumes one use of the first fault matching `path`. */
  take(path: string): Fault | undefined {
    const fault = this.queue.find((f) => f.path === null || path === f.path || path.startsWith(f.path.replace(/\/$/, '') + '/'));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.queue = this.queue.filter((f) => f !== fault);
    return { ...fault };
  }
}
