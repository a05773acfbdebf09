// @vitest-environment node
// Contract v4 §11: one test per rule for what the sources leave open, with replies the sandbox does not
// send (scripted fetch), so every reading the contract allows is exercised.
import { describe, expect, it } from 'vitest';
import { createTrackingClient, TrackingApiError, type TrackingClientOptions } from '@/utils/api';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import { fakeFetch, reply, type Answer, type SeenRequest } from '../fake-fetch';
import { forgetLimiters } from '@/utils/api/rate-limiter';

const ok = (data: unknown, extraMeta: Record<string, unknown> = {}) => reply({ meta: { code: 200, message: 'Request response is successful', ...extraMeta }, data });
const err = (code: number, status: number, data?: unknown) => reply({ meta: { code, message: 'x' }, ...(data === undefined ? {} : { data }) }, status);

function client(handler: (req: SeenRequest, i: number) => Answer) {
  const f = fakeFetch(handler);
  const options: TrackingClientOptions = {
    provider: 'trackingmore-v4',
    apiKey: 'k4',
    baseUrl: 'https://api.test/v4',
    fetch: f.fetch,
    timing: { retryDelayMs: () => 1, timeoutMs: 1_000, totalTimeoutMs: 3_000 },
    rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 },
  };
  return { c: createTrackingClient(options), seen: f.seen };
}

const item = (extra: Record<string, unknown> = {}) => ({
  id: '9a73b452e03c2c724414f3859fad1c2c',
  tracking_number: 'TBA308626148196',
  courier_code: 'amazon',
  delivery_status: 'transit',
  origin_info: { courier_code: 'amazon', trackinfo: [{ checkpoint_date: '2023-09-15T15:00:00', tracking_detail: 'Arrived', location: 'FREMONT', checkpoint_delivery_status: 'transit' }] },
  ...extra,
});

const listOf = (...items: unknown[]) => ok(items);

describe('contract v4 §11', () => {
  it('#1 meta.type is neither required nor a problem when present', async () => {
    for (const extra of [{}, { type: 'Success' }]) {
      const { c } = client(() => ok([item()], extra));
      expect((await c.getTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' })).status).toBe('transit');
    }
  });

  it('#2 errors are decided on meta.code whatever data is ([], {}, an object, absent)', async () => {
    for (const data of [[], {}, { id: 'x' }, undefined]) {
      const { c } = client(() => err(4110, 400, data));
      await expect(c.createTracking({ tracking_number: 'x', carrier_code: 'ups' })).rejects.toMatchObject({ kind: 'invalid-input', code: 4110 });
    }
  });

  it('#3 a non-JSON error page is mapped from its HTTP status', async () => {
    const cases: Array<[number, string]> = [[401, 'auth'], [403, 'auth'], [404, 'invalid-input'], [429, 'rate-limited'], [502, 'server']];
    for (const [status, kind] of cases) {
      const { c } = client(() => reply('<html>nope</html>', status, { 'content-type': 'text/html' }));
      await expect(c.listCarriers()).rejects.toMatchObject({ kind });
      forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    }
  });

  it('#4 reads update_at (sic) and falls back to updated_at', async () => {
    const { c } = client((_, i) => listOf(i === 0 ? item({ update_at: '2023-10-25T07:02:53+00:00' }) : item({ updated_at: '2023-10-26T07:02:53+00:00' })));
    const ref = { tracking_number: 'TBA308626148196', carrier_code: 'amazon' };
    expect((await c.getTracking(ref)).updated_at).toBe('2023-10-25T07:02:53+00:00');
    expect((await c.getTracking(ref)).updated_at).toBe('2023-10-26T07:02:53+00:00');
  });

  it('#5 archived: "archived", true and "true" are archived; "tracking" and others are active', async () => {
    const values: Array<[unknown, boolean]> = [['archived', true], [true, true], ['true', true], ['tracking', false], ['', false], [null, false]];
    for (const [archived, expected] of values) {
      const { c } = client(() => listOf(item({ archived })));
      expect((await c.getTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' })).archived).toBe(expected);
    }
  });

  it('#6 transit_time, pieces and status_number as numbers or numeric strings', async () => {
    const { c } = client((req) =>
      req.url.endsWith('/awb')
        ? ok({ awb_number: '172-28891936', status_number: '4', piece: '9', weight: '1981K', flight_info_new: [], track_info: [] })
        : listOf(item({ transit_time: '5', pieces: '1' })),
    );
    expect((await c.getTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' })).itemTimeLength).toBe(5);
    const [awb] = await c.trackAirWaybill('172-28891936');
    expect(normalizeAirCargo(awb!).air?.pieces).toBe(9);
  });

  it('#7 checkpoint dates with T or space, with or without seconds and offset; zone-less stays carrier-local', async () => {
    const dates = ['2023-09-15T15:00:00', '2023-09-15 15:00', '2023-09-15T15:00:00+08:00'];
    const trackinfo = dates.map((d, i) => ({ checkpoint_date: d, tracking_detail: `e${i}`, location: '' }));
    const { c } = client(() => listOf(item({ origin_info: { trackinfo } })));
    const s = normalizeTracking(await c.getTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' }));
    const byText = Object.fromEntries(s.events.map((e) => [e.description, e]));
    expect(byText.e0).toMatchObject({ date: '2023-09-15 15:00:00', localTime: true });
    expect(byText.e1).toMatchObject({ date: '2023-09-15 15:00', localTime: true });
    expect(byText.e2).toMatchObject({ date: '2023-09-15T15:00:00+08:00', localTime: false });
  });

  it('#8 a thin create reply (no delivery_status) is followed by get', async () => {
    const { c, seen } = client((req) => (req.method === 'POST' ? ok({ id: '9a73b452e03c2c724414f3859fad1c2c', tracking_number: 'TBA308626148196', courier_code: 'amazon' }) : listOf(item())));
    const t = await c.realtime({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' });
    expect(t.origin_info?.trackinfo).toHaveLength(1);
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /v4/trackings/create', 'GET /v4/trackings/get']);
    expect(new URL(seen[1]!.url).searchParams.get('courier_code')).toBe('amazon');
  });

  it('#9 listing the whole account pages with items_amount/pages_amount until a short page', async () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => item({ tracking_number: `N${i}`, id: null }));
    const { c, seen } = client((_, i) => listOf(...page(i < 2 ? 100 : 7)));
    const list = await c.listTrackings();
    expect(list.items).toHaveLength(207);
    expect(seen.map((r) => new URL(r.url).searchParams.get('pages_amount'))).toEqual(['1', '2', '3']);
    expect(new URL(seen[0]!.url).searchParams.get('items_amount')).toBe('100');
  });

  it('#10 tracking_numbers are sent 40 per call', async () => {
    const { c, seen } = client(() => listOf());
    await c.listTrackings({ numbers: Array.from({ length: 81 }, (_, i) => `N${i}`) });
    expect(seen.map((r) => new URL(r.url).searchParams.get('tracking_numbers')!.split(',').length)).toEqual([40, 40, 1]);
  });

  it('#11 4112 is treated like 4102: the stored id is dropped and the tracking re-found by number', async () => {
    const { c, seen } = client((req) => {
      if (req.method === 'DELETE') return req.url.endsWith('/old') ? err(4112, 400) : ok(null);
      return listOf(item({ id: 'new' }));
    });
    await c.deleteTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon', id: 'old' });
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(['/v4/trackings/delete/old', '/v4/trackings/get', '/v4/trackings/delete/new']);
  });

  it('#12 after an update the tracking is re-read with get, whatever the update summary says', async () => {
    const { c, seen } = client((req) => (req.method === 'PUT' ? ok({ id: 'x', courier_code: 'amazon', courier_code_new: null }) : listOf(item({ title: 'Fresh' }))));
    const s = await c.updateTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon', id: 'x' }, { title: 'Fresh' });
    expect(s.title).toBe('Fresh');
    expect(seen.at(-1)?.method).toBe('GET');
  });

  it('#13 delete and retrack succeed on meta 200 whatever data holds', async () => {
    for (const data of [null, [], 'odd', { id: 1 }]) {
      const { c } = client(() => ok(data));
      await expect(c.deleteTracking({ tracking_number: 'N', carrier_code: 'ups', id: 'a' })).resolves.toBeUndefined();
      await expect(c.retrack({ tracking_number: 'N', carrier_code: 'ups', id: 'a' })).resolves.toBeUndefined();
    }
  });

  it('#14/#15 an all-failed batch (meta 200) is read from its lists; error items may carry an id', async () => {
    const { c } = client(() => ok({ success: [], error: [{ id: '9a035f5cdd0437c55d48e223c705a66c', tracking_number: 'A1', courier_code: 'usps', errorCode: 4101, errorMessage: 'exists' }, { tracking_number: 'B', courier_code: 'usps', errorCode: '4110' }] }));
    const r = await c.createTrackings([{ tracking_number: 'A1', carrier_code: 'usps' }, { tracking_number: 'B', carrier_code: 'usps' }]);
    expect([r.added, r.errors.map((e) => e.code)]).toEqual([0, [4101, 4110]]);
  });

  it('#16 honours Retry-After when sent, else pauses 120 s', async () => {
    const { c } = client((_, i) => (i === 0 ? err(429, 429, []) : reply({ meta: { code: 429, message: 'x' } }, 429, { 'retry-after': '30' })));
    await expect(c.listCarriers()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 120_000 });
    forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    await expect(c.listCarriers()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
  });

  it('#17 4190 from detect, awb or create is the quota error with the plan message', async () => {
    const { c } = client(() => err(4190, 400, []));
    for (const call of [() => c.detectCarrier('N'), () => c.trackAirWaybill('172-28891936'), () => c.createTracking({ tracking_number: 'N', carrier_code: 'ups' })]) {
      const e = (await call().catch((x: unknown) => x)) as TrackingApiError;
      expect([e.kind, e.code, e.message]).toEqual(['quota', 4190, expect.stringMatching(/plan/)]);
    }
  });

  it('#18 unknown statuses ("created", "pending003") are pending-like and the raw substatus is kept', async () => {
    const { c } = client(() => listOf(item({ delivery_status: 'created', substatus: 'pending003', origin_info: { trackinfo: [] } })));
    const s = normalizeTracking(await c.getTracking({ tracking_number: 'TBA308626148196', carrier_code: 'amazon' }));
    expect([s.status, s.substatus]).toEqual(['pending', 'pending003']);
  });

  it('#19 tracking_required_fields as null, string, array or object become string[]', async () => {
    const fields = [null, 'tracking_postal_code,tracking_ship_date', ['tracking_ship_date'], { tracking_courier_account: 'Account number' }];
    const { c } = client(() => ok(fields.map((f, i) => ({ courier_code: `c${i}`, courier_name: `C${i}`, tracking_required_fields: f, courier_country_iso2: i % 2 ? ['CN'] : null }))));
    expect((await c.listCarriers()).map((x) => x.requiredFields)).toEqual([[], ['tracking_postal_code', 'tracking_ship_date'], ['tracking_ship_date'], ['tracking_account_number']]);
  });

  it('#20 uses POST /awb and accepts both AWB date forms', async () => {
    const flight = (depart: string) => ({ flight_number: 'CV1', depart_station: 'XMN', arrival_station: 'LUX', plan_depart_time: depart, depart_time: depart });
    const { c, seen } = client(() => ok({ awb_number: '172-28891936', flight_info_new: [flight('2018-04-12 08:20:00'), flight('2018-04-12T09:20:00')] }));
    const [a] = await c.trackAirWaybill('172-28891936');
    expect(normalizeAirCargo(a!).air?.flights.map((f) => f.plannedDeparture)).toEqual(['2018-04-12 08:20:00', '2018-04-12T09:20:00']);
    expect(seen[0]?.url).toBe('https://api.test/v4/awb');
    expect(seen[0]?.body).toEqual({ awb_number: '172-28891936' });
  });

  it('#21 every call carries Tracking-Api-Key, JSON content type and Accept', async () => {
    const { c, seen } = client(() => ok([]));
    await c.listCarriers();
    expect([seen[0]?.headers.get('tracking-api-key'), seen[0]?.headers.get('accept')]).toEqual(['k4', 'application/json']);
  });

  it('#22 create sends only the fields the user entered, with v4 names', async () => {
    const { c, seen } = client(() => ok(item()));
    await c.createTracking({ tracking_number: 'N1', carrier_code: 'ups', title: 'Shoes', comment: 'gift', order_id: '', tracking_postal_code: '1012AB' });
    expect(seen[0]?.body).toEqual({ tracking_number: 'N1', courier_code: 'ups', title: 'Shoes', note: 'gift', tracking_postal_code: '1012AB' });
  });
});
