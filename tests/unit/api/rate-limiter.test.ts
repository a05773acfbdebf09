// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { limitersFor, RateLimiter, type Clock } from '@/utils/api/rate-limiter';

/** A clock that never really waits: it records each sleep and moves time forward by it. */
function fakeClock(start = 1_000_000) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  };
  return { clock, sleeps, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('queues a burst of concurrent callers one interval apart, in order', async () => {
    const { clock, sleeps } = fakeClock();
    const limiter = new RateLimiter(1000, clock);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => limiter.acquire().then(() => order.push(i))));
    expect(sleeps).toEqual([1000, 2000, 3000, 4000]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('does not make a caller wait once the interval has passed', async () => {
    const { clock, sleeps, advance } = fakeClock();
    const limiter = new RateLimiter(1000, clock);
    await limiter.acquire();
    advance(400);
    await limiter.acquire();
    advance(5000);
    await limiter.acquire();
    expect(sleeps).toEqual([600]);
  });
});

describe('limitersFor', () => {
  const limits = { intervalMs: 1000, realtimeIntervalMs: 334 };

  it('shares one queue per provider and key', () => {
    const a = limitersFor('trackingmore-v2', 'key-1', limits);
    expect(limitersFor('trackingmore-v2', 'key-1', { ...limits })).toBe(a);
    expect(limitersFor('trackingmore-v2', 'key-2', limits)).not.toBe(a);
    expect(limitersFor('trackru-v1', 'key-1', limits)).not.toBe(a);
    expect(a.realtime).not.toBe(a.general);
  });
});
