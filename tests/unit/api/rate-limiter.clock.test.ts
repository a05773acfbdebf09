// @vitest-environment node
// The client's rate limiter lives as long as the worker. If the wall clock is set back meanwhile (a user,
// NTP, a laptop waking with a wrong time), requests must not wait out the whole jump.
import { describe, expect, it } from 'vitest';
import { RateLimiter, type Clock } from '@/utils/api/rate-limiter';

function fakeClock(start: number): Clock & { set(t: number): void; slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    set: (t) => void (now = t),
    slept,
  };
}

describe('rate limiter and a clock set back', () => {
  it('keeps spacing requests by the interval, not by the size of the jump', async () => {
    const clock = fakeClock(1_000_000);
    const limiter = new RateLimiter(1_100, clock);
    await limiter.acquire();
    await limiter.acquire(); // waits one interval
    expect(clock.slept).toEqual([1_100]);
    clock.set(1_000_000 - 3_600_000); // an hour back
    await limiter.acquire();
    await limiter.acquire();
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(1_100);
  });
});
