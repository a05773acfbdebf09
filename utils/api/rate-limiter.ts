// Client-side rate limiting, so a burst of callers (a service worker waking up to a poll alarm and a
// popup search at once) queues instead of earning a 429 and a 2-minute penalty.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Spaces calls at least `intervalMs` apart, in arrival order. */
export class RateLimiter {
  #nextSlot = 0;
  #lastNow = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Resolves when the caller may send. The slot is reserved synchronously, so concurrent callers never share one. */
  async acquire(): Promise<void> {
    const now = this.clock.now();
    // The wall clock moved back (a user or NTP set it): shift the queue with it, or the next caller
    // would wait out the whole jump and every request in this worker would hang.
    if (now < this.#lastNow) this.#nextSlot -= this.#lastNow - now;
    this.#lastNow = now;
    const slot = Math.max(now, this.#nextSlot);
    this.#nextSlot = slot + this.intervalMs;
    if (slot > now) {
      await this.clock.sleep(slot - now);
      this.#lastNow = Math.max(this.#lastNow, this.clock.now());
    }
  }
}

export interface RateLimits {
  /** Minimum gap between requests in general (provider limit: 1/s). */
  intervalMs: number;
  /** Minimum gap between realtime requests (provider limit: 3/s). */
  realtimeIntervalMs: number;
}

// Requests spaced exactly 1000 ms apart at the client can land closer together at the server (network
// jitter), so the defaults keep a margin below the provider's 1/s and 3/s.
export const DEFAULT_RATE_LIMITS: RateLimits = { intervalMs: 1100, realtimeIntervalMs: 400 };

export interface LimiterPair {
  general: RateLimiter;
  realtime: RateLimiter;
  /** After a 429: no call for this provider+key before this time (ms epoch); 0 = none. */
  pausedUntil: number;
}

// Module-level so every client in this context with the same provider and key shares one queue and one
// 429 pause. Losing both when an MV3 worker dies is fine: the queue is rebuilt empty, and the poll keeps
// its own pause in storage (poll.pausedUntil), so a restarted worker still waits out a 429.
// The limits are part of the registry key only so tests with shorter intervals get their own queue.
const registry = new Map<string, LimiterPair>();

export function limitersFor(provider: string, apiKey: string, limits: RateLimits): LimiterPair {
  const id = JSON.stringify([provider, apiKey, limits.intervalMs, limits.realtimeIntervalMs]);
  let pair = registry.get(id);
  if (!pair) {
    pair = {
      general: new RateLimiter(limits.intervalMs),
      realtime: new RateLimiter(limits.realtimeIntervalMs),
      pausedUntil: 0,
    };
    registry.set(id, pair);
  }
  return pair;
}

/** Drops every queue and pause: after an account change, and in tests (each case starts as a fresh worker would). */
export function forgetLimiters(): void {
  registry.clear();
}
