// @vitest-environment node
// The client against the sandbox over real HTTP. Retries, chunking and rate limiting are checked by
// counting requests in the sandbox log, never by timing.
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import {
  createTrackingClient,
  TrackingApiError,
  UnsupportedByProvider,
  type TrackingClientOptions,
} from '@/utils/api';
import { toUserError } from '@/utils/background/to-user-error';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import { useSandbox } from '../sandbox/helpers';

// The sandbox on the real clock: the client's rate limiting and retries are checked against it.
const box = useSandbox({ now: undefined });

const FAST: Partial<TrackingClientOptions> = {
  timing: { retryDelayMs: () => 5, timeoutMs: 2_000, totalTimeoutMs: 5_000 },
  rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 },
};

function tm(extra: Partial<TrackingClientOptions> = {}) {
  return createTrackingClient({ provider: 'trackingmore-v2', apiKey: DEMO_KEYS.trackingmore, baseUrl: box.sb.trackingmoreUrl, ...FAST, ...extra });
}
function ru(extra: Partial<TrackingClientOptions> = {}) {
  return createTrackingClient({ provider: 'trackru-v1', apiKey: DEMO_KEYS.trackru, baseUrl: box.sb.trackruUrl, ...FAST, ...extra });
}

async function hook(path: string, body: unknown) {
  const res = await fetch(`${box.sb.url}/__sandbox/${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

async function failure(promise: Promise<unknown>): Promise<TrackingApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TrackingApiError);
  const exposed = JSON.stringify(toUserError(error)) + (error as Error).message + String((error as Error).stack);
  for (const key of Object.values(DEMO_KEYS)) expect(exposed).not.toContain(key);
  return error as TrackingApiError;
}

const endpoints = () => box.sb.log().map((e) => `${e.endpoint} ${e.status}/${e.metaCode}`);

const ups = { carrier_code: 'ups', tracking_number: '1Z999AA10123456784' };
const fourPx = { carrier_code: '4px', tracking_number: '300403513351' };
const fresh = { carrier_code: 'dhl', tracking_number: '1234567890' };

describe('every TrackingMore method succeeds', () => {
  it('reads trackings: get, list, realtime', async () => {
    const api = tm();
    const got = normalizeTracking(await api.getTracking(fourPx, { lang: 'en' }));
    expect(got).toMatchObject({ number: '300403513351', status: 'delivered', title: 'cute pillow' });
    const list = await api.listTrackings({ limit: 2 });
    expect(list.items).toHaveLength(2);
    expect(list.total).toBeGreaterThan(2);
    const live = normalizeTracking(await api.realtime(ups));
    expect(live.number).toBe(ups.tracking_number);
    expect(endpoints()).toEqual(['get 200/200', 'list 200/200', 'realtime 200/200']);
  });

  it('writes trackings: post, put, update carrier, notupdate, updatemore, delete, delete many', async () => {
    const api = tm();
    expect(await api.createTracking({ ...fresh, title: 'Shoes' })).toMatchObject({ ...fresh, status: 'pending' });
    expect(await api.updateTracking(fresh, { title: 'Boots', archived: true })).toMatchObject({ title: 'Boots', archived: true });
    expect((await api.updateTrackings([{ ...fresh, order_id: 'A-1' }])).submitted).toBe(1);
    expect((await api.stopUpdating([fresh])).submitted).toBe(1);
    await api.changeCarrier(fresh, 'ups');
    const moved = { ...fresh, carrier_code: 'ups' };
    await api.deleteTracking(moved);
    await api.createTracking(fresh);
    expect((await api.deleteTrackings([fresh])).submitted).toBe(1);
    expect(box.sb.log().every((e) => e.metaCode === 200)).toBe(true);
    expect(box.sb.log().map((e) => e.endpoint)).toEqual([
      'post', 'put', 'updatemore', 'notupdate', 'update', 'delete', 'post', 'deletemany',
    ]);
  });

  it('account and tools: userinfo, status counts, remote, costtime, aircargo, carriers, detect', async () => {
    const api = tm();
    expect((await api.getUserInfo()).track_number).toBeGreaterThan(0);
    const counts = await api.getStatusCounts({ created_at_min: 0 });
    expect(Object.keys(counts)).toHaveLength(8);
    expect((await api.checkRemoteArea([{ country: 'JP', postcode: '7621094' }])).remote.length).toBeGreaterThan(0);
    expect((await api.getTransitTimes([{ carrier_code: 'dhl', original: 'CN', destination: 'US' }]))[0]).toMatchObject({ carrier_code: 'dhl' });
    const [awb] = await api.trackAirWaybill('172-28891936');
    expect(normalizeAirCargo(awb!).air!.flights.map((f) => f.flightNumber)).toEqual(['CV7493', 'C80066']);
    expect((await api.listCarriers({ lang: 'en' })).some((c) => c.code === 'ups')).toBe(true);
    expect((await api.detectCarrier(ups.tracking_number))[0]!.code).toBe('ups');
    expect(box.sb.log().every((e) => e.metaCode === 200)).toBe(true);
  });
});

describe('TrackRU', () => {
  it('serves its endpoints, including a single get sent as an array', async () => {
    const api = ru();
    const sto = { carrier_code: 'sto', tracking_number: '402934299065' };
    expect((await api.getTracking(sto)).tracking_number).toBe('402934299065');
    await hook('config', { singleGetArray: true });
    expect(normalizeTracking(await api.getTracking(sto)).carrier.code).toBe('sto');
    expect((await api.realtime(sto)).status).toBeTruthy();
    expect((await api.listTrackings()).items.length).toBeGreaterThan(0);
    expect(box.sb.log().every((e) => e.api === 'v1' && e.metaCode === 200)).toBe(true);
    // No carrier detection on TrackRU (undocumented): an unknown path.
    await expect(api.detectCarrier(ups.tracking_number)).rejects.toMatchObject({ kind: 'invalid-input', code: 404 });
  });

  it('rejects TrackingMore-only methods without calling the service', async () => {
    await expect(ru().trackAirWaybill('172-28891936')).rejects.toBeInstanceOf(UnsupportedByProvider);
    await expect(ru().checkRemoteArea([{ country: 'JP', postcode: '1' }])).rejects.toBeInstanceOf(UnsupportedByProvider);
    expect(box.sb.log()).toHaveLength(0);
  });
});

describe('error kinds', () => {
  it('auth: unknown key (4001) and deleted key (4002), not retried', async () => {
    expect(await failure(tm({ apiKey: 'tm-wrong-9999' }).getTracking(fourPx))).toMatchObject({ kind: 'auth', code: 4001 });
    expect(await failure(tm({ apiKey: DEMO_KEYS.revoked }).getUserInfo())).toMatchObject({ kind: 'auth', code: 4002 });
    expect(endpoints()).toEqual(['get 200/4001', 'getuserinfo 200/4002']);
  });

  it('auth with the HTTP status mirrored is still auth', async () => {
    await hook('config', { mirrorHttpStatus: true });
    expect(await failure(tm({ apiKey: 'tm-wrong-9999' }).getTracking(fourPx))).toMatchObject({ kind: 'auth', code: 4001 });
    expect(box.sb.log()).toHaveLength(1);
  });

  it('quota: creations beyond the quota', async () => {
    const api = tm({ apiKey: DEMO_KEYS.lowQuota });
    for (const n of ['1111111111', '2222222222', '3333333333']) await api.createTracking({ carrier_code: 'dhl', tracking_number: n });
    expect((await failure(api.createTracking(fresh))).kind).toBe('quota');
    await hook('faults', { kind: 'quota' });
    expect(await failure(tm().getTracking(fourPx))).toMatchObject({ kind: 'quota', code: 4021 });
  });

  it('not-found: 4031 on get (so the background can fall back to realtime), 4017 on delete', async () => {
    expect(await failure(tm().getTracking(fresh))).toMatchObject({ kind: 'not-found', code: 4031 });
    expect(await failure(tm().deleteTracking(fresh))).toMatchObject({ kind: 'not-found', code: 4017 });
  });

  it('exists and invalid-input', async () => {
    expect(await failure(tm().createTracking(ups))).toMatchObject({ kind: 'exists', code: 4016 });
    expect((await failure(tm().createTracking({ carrier_code: 'no-such-carrier', tracking_number: '12345678' }))).kind).toBe(
      'invalid-input',
    );
  });

  it('rate-limited: 429 with the 2-minute default, not retried', async () => {
    await hook('faults', { kind: '429' });
    const error = await failure(tm().listTrackings());
    expect(toUserError(error)).toMatchObject({ kind: 'rate-limited', code: 429, retryAfterMs: 120_000 });
    expect(box.sb.log()).toHaveLength(1);
  });

  it('server: a 5xx is retried, then succeeds', async () => {
    await hook('faults', { kind: '503', count: 1 });
    expect((await tm().getTracking(fourPx)).id).toBeTruthy();
    expect(endpoints()).toEqual(['get 503/503', 'get 200/200']);
  });

  it('server: repeated 5xx gives up after the retry limit', async () => {
    await hook('faults', { kind: '500', count: 5 });
    expect(await failure(tm().realtime(ups))).toMatchObject({ kind: 'server', code: 500 });
    expect(endpoints()).toEqual(['realtime 500/500', 'realtime 500/500', 'realtime 500/500']);
  });

  it('server: an HTML 502 page is retried, then succeeds', async () => {
    await hook('faults', { kind: 'html', count: 1 });
    expect((await tm().getUserInfo()).email).toBeTruthy();
    expect(box.sb.log().map((e) => e.status)).toEqual([502, 200]);
  });

  it('network: a dropped connection is retried; for good it is kind network', async () => {
    await hook('faults', { kind: 'drop', count: 1 });
    expect((await tm().getTracking(fourPx)).id).toBeTruthy();
    expect(box.sb.log().map((e) => e.status)).toEqual([0, 200]);
    box.sb.clearLog();
    await hook('faults', { kind: 'drop', count: 3 });
    expect((await failure(tm().createTrackings([fresh]))).kind).toBe('network');
    expect(box.sb.log()).toHaveLength(3);
  });

  it('timeout: an attempt that takes too long', async () => {
    await hook('faults', { kind: 'delay', delayMs: 3_000 });
    const api = tm({ timing: { timeoutMs: 150, totalTimeoutMs: 1_000 } });
    expect((await failure(api.getTracking(fourPx))).kind).toBe('timeout');
  });

  it('malformed-reply: truncated JSON, not retried', async () => {
    await hook('faults', { kind: 'malformed' });
    expect((await failure(tm().listTrackings())).kind).toBe('malformed-reply');
    expect(box.sb.log()).toHaveLength(1);
  });
});

describe('chunking above 40', () => {
  const many = Array.from({ length: 85 }, (_, i) => ({ carrier_code: 'dhl', tracking_number: `77${String(i).padStart(8, '0')}` }));

  it('createTrackings sends 40 + 40 + 5 and merges', async () => {
    const result = await tm().createTrackings(many);
    expect(result).toMatchObject({ submitted: 85, added: 85 });
    expect(result.trackings).toHaveLength(85);
    expect(box.sb.log().map((e) => e.endpoint)).toEqual(['batch', 'batch', 'batch']);
    expect(box.sb.log().every((e) => e.metaCode === 201)).toBe(true);
  });

  it('listTrackings with 85 numbers sends 3 requests and finds them all', async () => {
    await tm().createTrackings(many);
    box.sb.clearLog();
    const list = await tm().listTrackings({ numbers: many.map((m) => m.tracking_number), limit: 100 });
    expect(list.items.map((t) => t.tracking_number).sort()).toEqual(many.map((m) => m.tracking_number));
    expect(list.total).toBe(85);
    expect(box.sb.log().map((e) => e.endpoint)).toEqual(['list', 'list', 'list']);
  });
});

describe('rate limiting', () => {
  it('without client-side limits a burst earns 429s (control)', async () => {
    await hook('config', { rateLimit: true });
    const api = tm({ timing: { retryLimit: 0 } });
    const results = await Promise.allSettled([1, 2, 3].map(() => api.getUserInfo()));
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
    expect(box.sb.log().filter((e) => e.metaCode === 429).length).toBeGreaterThan(0);
  });

  it('with the default limits, two clients sharing a key queue a burst and get no 429', async () => {
    await hook('config', { rateLimit: true });
    const defaults = { rateLimits: undefined, timing: { retryLimit: 0 } };
    const a = tm(defaults);
    const b = tm(defaults);
    await Promise.all([
      a.getUserInfo(),
      b.getStatusCounts(),
      a.getTracking(fourPx),
      ...[a, b, a, b].map((c) => c.realtime(ups)),
    ]);
    const log = box.sb.log();
    expect(log).toHaveLength(7);
    expect(log.filter((e) => e.endpoint === 'realtime')).toHaveLength(4);
    expect(log.every((e) => e.metaCode === 200)).toBe(true);
  });
});
