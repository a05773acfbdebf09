// Per-key request rate limits of the real service (contract §9), measured on the sandbox clock so that a
// frozen clock makes them deterministic in tests.

const WINDOW_MS = 1000;

export class RateLimiter {
  private hits = new Map<string, number[]>();

  /** Records the request and answers whether it is within `limit` per second. Refused requests don't count. */
  allow(key: string, limit: number, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < WINDOW_MS && t <= now);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}
