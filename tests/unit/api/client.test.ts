// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createTrackingClient,
  DEFAULT_TIMING,
  TrackingApiError,
  UnsupportedByProvider,
  type TrackingClientOptions,
} from '@/utils/api';
import { retryAfterMs } from '@/utils/api/reply';
import { toUserError } from '@/utils/background/to-user-error';
import variations from '@/tests/fixtures/api-trackingmore-variations.json';
import single4px from '@/tests/fixtures/api-trackingmore-get-4px.json';
import { envelope, fakeFetch, reply, type Answer, type SeenRequest } from './fake-fetch';
import { forgetLimiters } from '@/utils/api/rate-limiter';

const KEY = 'secret-key-DO-NOT-LEAK-1234';
const FAST = { timing: { retryDelayMs: () => 1, timeoutMs: 200 }, rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 } };

function client(handler: (req: SeenRequest, i: number) => Answer, extra: Partial<TrackingClientOptions> = {}) {
  const fake = fakeFetch(handler);
  const api = createTrackingClient({ provider: 'trackingmore-v2', apiKey: KEY, fetch: fake.fetch, ...FAST, ...extra });
  return { api, seen: fake.seen };
}

async function failure(promise: Promise<unknown>): Promise<TrackingApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TrackingApiError);
  return error as TrackingApiError;
}

const ref = { carrier_code: '4px', tracking_number: '300403513351' };

describe('requests', () => {
  it('sends the key only in the TrackingMore header, to the default base URL', async () => {
    const { api, seen } = client(() => reply(single4px));
    const tracking = await api.getTracking(ref);
    expect(tracking.tracking_number).toBe('300403513351');
    expect(seen[0]!.url).toBe('https://api.trackingmore.com/v2/trackings/4px/300403513351');
    expect(seen[0]!.headers.get('Trackingmore-Api-Key')).toBe(KEY);
    expect(seen[0]!.url).not.toContain(KEY);
  });

  it('uses the TrackRU host and Api-Key header, and unwraps a single-get array', async () => {
    const { api, seen } = client(() => reply({ meta: { code: 200 }, data: [single4px.data] }), { provider: 'trackru-v1' });
    const tracking = await api.getTracking(ref);
    expect(tracking.carrier_code).toBe('4px');
    expect(seen[0]!.url).toBe('https://api.trackru.ru/v1/trackings/4px/300403513351');
    expect(seen[0]!.headers.get('Api-Key')).toBe(KEY);
    expect(seen[0]!.headers.get('Trackingmore-Api-Key')).toBeNull();
  });

  it('honours baseUrl, encodes path segments and appends a valid lang', async () => {
    const { api, seen } = client(() => reply(single4px), { baseUrl: 'http://127.0.0.1:9/proxy/v2' });
    await api.getTracking({ carrier_code: 'dhl', tracking_number: 'A B/1' }, { lang: 'en' });
    await api.getTracking(ref, { lang: '../x' });
    expect(seen[0]!.url).toBe('http://127.0.0.1:9/proxy/v2/trackings/dhl/A%20B%2F1/en');
    expect(seen[1]!.url).toBe('http://127.0.0.1:9/proxy/v2/trackings/4px/300403513351');
  });

  it('sends archived as the documented string on update', async () => {
    const { api, seen } = client(() => reply(variations.create));
    await api.updateTracking(ref, { archived: true, status: 7 });
    expect(seen[0]!.method).toBe('PUT');
    expect(seen[0]!.body).toEqual({ archived: 'true', status: 7 });
  });

  it('builds the list query: comma lists, archived as text, no undefined params', async () => {
    const { api, seen } = client(() => reply(variations.list));
    const list = await api.listTrackings({ status: 'transit', archived: false, orders: ['a', 'b'], page: 2 });
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe('/v2/trackings/get');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'transit', archived: 'false', orders: 'a,b', page: '2' });
    expect(list.total).toBe(3);
    expect(list.items).toHaveLength(3);
  });

  it('sends the carriers Lang header and parses the carriers list', async () => {
    const { api, seen } = client(() => reply(variations.carriers));
    const carriers = await api.listCarriers({ lang: 'ru' });
    expect(seen[0]!.headers.get('Lang')).toBe('ru');
    expect(carriers[0]).toMatchObject({ code: 'dhl', homepage: '//www.dhl.com/' });
  });

  it('returns the realtime item, and typed account replies', async () => {
    const answers: Record<string, unknown> = {
      '/v2/trackings/realtime': variations.realtime,
      '/v2/trackings/getuserinfo': variations.userinfo,
      '/v2/trackings/remote': variations.remote,
      '/v2/trackings/update': variations.changeCarrier,
      '/v2/trackings/4px/300403513351': variations.delete,
      '/v2/trackings/getstatusnumber': { meta: { code: 200 }, data: { transit: '5', delivered: 2, total: 7 } },
    };
    const { api } = client((req) => reply(answers[new URL(req.url).pathname]));
    expect((await api.realtime({ carrier_code: 'cainiao', tracking_number: 'LB181539674SG' })).status).toBe('delivered');
    expect(await api.getUserInfo()).toMatchObject({ regtime: '1469097290', money: 999, track_number: 9999 });
    expect((await api.checkRemoteArea([{ country: 'JP', postcode: '7621094' }])).remote).toHaveLength(2);
    await expect(api.changeCarrier(ref, 'china-post')).resolves.toBeUndefined();
    await expect(api.deleteTracking(ref)).resolves.toBeUndefined();
    expect(await api.getStatusCounts()).toEqual({
      pending: 0, notfound: 0, transit: 5, pickup: 0, delivered: 2, undelivered: 0, exception: 0, expired: 0,
    });
  });
});

describe('chunking by 40', () => {
  const items = Array.from({ length: 95 }, (_, i) => ({ carrier_code: 'ups', tracking_number: `1Z${i}` }));

  it('splits createTrackings and merges the results', async () => {
    const { api, seen } = client((req) => {
      const chunk = req.body as { tracking_number: string; carrier_code: string }[];
      return envelope(201, {
        submitted: chunk.length,
        added: chunk.length - 1,
        trackings: chunk.slice(1).map((x) => ({ ...x, status: 'pending' })),
        errors: [{ ...chunk[0], code: 4016, message: 'Tracking already exists.' }],
      });
    });
    const result = await api.createTrackings(items);
    expect(seen.map((r) => (r.body as unknown[]).length)).toEqual([40, 40, 15]);
    expect(result).toMatchObject({ submitted: 95, added: 92 });
    expect(result.trackings).toHaveLength(92);
    expect(result.errors.map((e) => e.code)).toEqual([4016, 4016, 4016]);
  });

  it('keeps created items and reports the rest per item when a later chunk fails', async () => {
    const { api } = client((req, i) =>
      i === 0 ? envelope(201, { submitted: 40, added: 40, trackings: req.body, errors: [] }) : envelope(4021),
    );
    const result = await api.createTrackings(items);
    expect(result.added).toBe(40);
    expect(result.errors).toHaveLength(55);
    expect(result.errors[0]).toMatchObject({ tracking_number: '1Z40', code: 4021 });
  });

  it('throws when the first chunk fails', async () => {
    const { api } = client(() => envelope(4001));
    expect((await failure(api.createTrackings(items))).kind).toBe('auth');
  });

  it('splits list `numbers` and merges items and totals', async () => {
    const numbers = items.map((x) => x.tracking_number);
    const { api, seen } = client((req) => {
      const asked = new URL(req.url).searchParams.get('numbers')!.split(',');
      const found = asked.map((n) => ({ tracking_number: n, carrier_code: 'ups', status: 'transit' }));
      return envelope(200, { page: 1, limit: 100, total: String(found.length), items: found });
    });
    const list = await api.listTrackings({ numbers });
    expect(seen.map((r) => new URL(r.url).searchParams.get('numbers')!.split(',').length)).toEqual([40, 40, 15]);
    expect(list.total).toBe(95);
    expect(list.items.map((t) => t.tracking_number)).toEqual(numbers);
  });

  it('splits bulk updates and adds their counts up', async () => {
    const { api, seen } = client((req) => envelope(200, { submitted: (req.body as unknown[]).length, change: 1 }));
    const result = await api.stopUpdating(items);
    expect(seen).toHaveLength(3);
    expect(result).toEqual({ submitted: 95, change: 3 });
  });
});

describe('errors', () => {
  const kinds: Array<[number, string]> = [
    [4001, 'auth'],
    [4002, 'auth'],
    [4019, 'quota'],
    [4021, 'quota'],
    [4017, 'not-found'],
    [4031, 'not-found'],
    [4032, 'not-found'],
    [4016, 'exists'],
    [4013, 'invalid-input'],
    [4014, 'invalid-input'],
    [4033, 'invalid-input'],
    [202, 'invalid-input'],
    [429, 'rate-limited'],
    [9999, 'invalid-input'],
  ];

  it.each(kinds)('meta.code %i with HTTP 200 is %s, never retried', async (code, kind) => {
    const { api, seen } = client(() => envelope(code));
    const error = await failure(api.getTracking(ref));
    expect({ kind: error.kind, code: error.code }).toEqual({ kind, code });
    expect(seen).toHaveLength(1);
  });

  it('429 waits 120 s by default, or what Retry-After says', async () => {
    const first = client(() => envelope(429));
    expect((await failure(first.api.getTracking(ref))).retryAfterMs).toBe(120_000);
    forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    const second = client(() => reply({ meta: { code: 429 }, data: [] }, 429, { 'Retry-After': '30' }));
    expect(toUserError(await failure(second.api.getTracking(ref)))).toMatchObject({
      kind: 'rate-limited',
      code: 429,
      retryAfterMs: 30_000,
    });
  });

  it('retries a 5xx (meta or HTTP) and then succeeds', async () => {
    const { api, seen } = client((_, i) => [envelope(503), reply('<h1>Bad gateway</h1>', 502), reply(single4px)][i]!);
    expect((await api.getTracking(ref)).id).toBe('a543163dd2474af66f64c48e3085cdfa');
    expect(seen).toHaveLength(3);
  });

  it('gives up after the retry limit with a server error', async () => {
    const { api, seen } = client(() => envelope(500), { timing: { retryDelayMs: () => 1, retryLimit: 3 } });
    expect(await failure(api.realtime({ ...ref }))).toMatchObject({ kind: 'server', code: 500 });
    expect(seen).toHaveLength(4);
  });

  it('retries network errors, for POST too, then reports kind network', async () => {
    const flaky = client((_, i) => (i === 0 ? 'network-error' : reply(variations.create)));
    await expect(flaky.api.createTracking({ ...ref })).resolves.toMatchObject({ status: 'pending' });
    expect(flaky.seen).toHaveLength(2);
    const down = client(() => 'network-error');
    expect((await failure(down.api.detectCarrier('RB123456785CN'))).kind).toBe('network');
    expect(down.seen).toHaveLength(3);
  });

  it('bounds the whole call, retries included, by the total timeout', async () => {
    const { api } = client(() => 'network-error', {
      timing: { retryLimit: 50, retryDelayMs: () => 20, totalTimeoutMs: 100 },
    });
    expect((await failure(api.getTracking(ref))).kind).toBe('timeout');
    expect(DEFAULT_TIMING.totalTimeoutMs).toBeLessThan(30_000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(retryAfterMs(new Headers({ 'Retry-After': '7' }), now)).toBe(7_000);
    expect(retryAfterMs(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 12:01:00 GMT' }), now)).toBe(60_000);
    expect(retryAfterMs(new Headers({ 'Retry-After': 'soon' }), now)).toBe(120_000);
  });

  it('times out an attempt that never answers', async () => {
    const { api } = client(() => 'hang', { timing: { timeoutMs: 50, totalTimeoutMs: 500 } });
    expect((await failure(api.getUserInfo())).kind).toBe('timeout');
  });

  it.each([
    ['truncated JSON', 'malformed-reply', null, reply('{"meta":{"code":200},"data":{"trac', 200)],
    ['HTML with 200', 'malformed-reply', null, reply('<html>maintenance</html>', 200)],
    ['an envelope without meta', 'malformed-reply', null, reply({ data: {} })],
    ['HTML with 503', 'server', 503, reply('<html>down</html>', 503)],
    ['a reply that does not fit', 'malformed-reply', null, envelope(200, { tracking_number: null })],
  ] as const)('%s is %s', async (_, kind, code, response) => {
    const { api } = client(() => response.clone(), { timing: { retryLimit: 0 } });
    expect(await failure(api.getTracking(ref))).toMatchObject({ kind, code });
  });

  it('never puts the API key in a message, JSON or stack', async () => {
    const answers: Answer[] = [envelope(4001), envelope(429), envelope(500), 'network-error', 'hang', reply('{"x', 200)];
    for (const answer of answers) {
      const { api } = client(() => (answer instanceof Response ? answer.clone() : answer), {
        timing: { retryLimit: 0, timeoutMs: 30 },
      });
      const error = await failure(api.getTracking(ref));
      const exposed = [error.message, String(error.stack), JSON.stringify(error), JSON.stringify(toUserError(error))];
      for (const text of exposed) expect(text).not.toContain(KEY);
    }
  });

  it('the background turns anything thrown into plain data in the user\'s words', () => {
    expect(toUserError(new TrackingApiError('not-found', 4031, 'gone'))).toEqual({
      kind: 'not-found',
      code: 4031,
      message: 'The tracking service has no data for this number yet.',
    });
    expect(toUserError('boom')).toEqual({ kind: 'internal', message: expect.any(String) });
    expect(structuredClone(toUserError(new Error(KEY)))).not.toHaveProperty('stack');
    expect(JSON.stringify(toUserError(new Error(KEY)))).not.toContain(KEY);
  });
});

describe('TrackRU', () => {
  it('rejects TrackingMore-only methods with UnsupportedByProvider, without a request', async () => {
    const { api, seen } = client(() => envelope(200), { provider: 'trackru-v1' });
    expect(api.supports('trackAirWaybill')).toBe(false);
    expect(api.supports('realtime')).toBe(true);
    const error = await failure(api.trackAirWaybill('172-28891936'));
    expect(error).toBeInstanceOf(UnsupportedByProvider);
    expect(toUserError(error)).toEqual({ kind: 'unsupported', message: expect.any(String) });
    await expect(api.getUserInfo()).rejects.toBeInstanceOf(UnsupportedByProvider);
    expect(seen).toHaveLength(0);
  });
});
