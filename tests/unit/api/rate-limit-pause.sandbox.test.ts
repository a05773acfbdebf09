// @vitest-environment node
// After a 429 the client holds back every call for that provider+key (contract v4 §3: pause 120 s unless
// Retry-After says otherwise), against the sandbox over real HTTP with its fault hook.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '@/sandbox/server';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { createTrackingClient, TrackingApiError, type TrackingClientOptions } from '@/utils/api';

let sb: SandboxHandle;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.reset();

});

const FAST: Partial<TrackingClientOptions> = {
  timing: { retryDelayMs: () => 5, timeoutMs: 2_000, totalTimeoutMs: 5_000 },
  rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 },
};
const v4 = (apiKey: string = DEMO_KEYS.trackingmoreV4, extra: Partial<TrackingClientOptions> = {}) =>
  createTrackingClient({ provider: 'trackingmore-v4', apiKey, baseUrl: sb.trackingmoreV4Url, ...FAST, ...extra });

async function fault(spec: object): Promise<void> {
  const res = await fetch(`${sb.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  expect(res.status).toBe(200);
}

async function rejection(promise: Promise<unknown>): Promise<TrackingApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof TrackingApiError)) throw new Error(`expected a TrackingApiError, got ${String(error)}`);
  return error;
}

const requests = () => sb.log().filter((e) => e.path.startsWith('/v4/')).length;

describe('the 429 pause', () => {
  it('refuses other calls for the same key, from another client too, without sending them', async () => {
    await fault({ kind: '429', retryAfterS: 30, path: '/v4' });
    const first = await rejection(v4().listCarriers());
    expect([first.kind, first.retryAfterMs]).toEqual(['rate-limited', 30_000]);
    expect(requests()).toBe(1);

    const later = await rejection(v4().getTracking({ tracking_number: 'AA00000001', carrier_code: 'ups' }));
    expect(later.kind).toBe('rate-limited');
    expect(later.retryAfterMs).toBeGreaterThan(25_000);
    expect(later.retryAfterMs).toBeLessThanOrEqual(30_000);
    expect(requests()).toBe(1);
  });

  it('without Retry-After pauses the documented 120 s', async () => {
    await fault({ kind: '429', path: '/v4' });
    await rejection(v4().listCarriers());
    const later = await rejection(v4().realtime({ tracking_number: 'AA00000001', carrier_code: 'ups' }));
    expect(later.retryAfterMs).toBeGreaterThan(115_000);
    expect(later.retryAfterMs).toBeLessThanOrEqual(120_000);
    expect(requests()).toBe(1);
  });

  it('does not hold back another key', async () => {
    await fault({ kind: '429', retryAfterS: 30, path: '/v4' });
    await rejection(v4().listCarriers());
    expect((await v4(DEMO_KEYS.emptyV4).listCarriers()).length).toBeGreaterThan(0);
  });

  it('refuses a call that was queued behind the one that got the 429', async () => {
    await fault({ kind: '429', retryAfterS: 30, path: '/v4' });
    const queued = { rateLimits: { intervalMs: 300, realtimeIntervalMs: 300 } };
    const [a, b] = await Promise.all([rejection(v4(undefined, queued).listCarriers()), rejection(v4(undefined, queued).listCarriers())]);
    expect([a.kind, b.kind]).toEqual(['rate-limited', 'rate-limited']);
    expect(requests()).toBe(1);
  });

  it('sends again once the pause is over', async () => {
    await fault({ kind: '429', retryAfterS: 1, path: '/v4' });
    await rejection(v4().listCarriers());
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await v4().listCarriers()).length).toBeGreaterThan(0);
    expect(requests()).toBe(2);
  });
});
