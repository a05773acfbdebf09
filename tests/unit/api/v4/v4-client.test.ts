// @vitest-environment node
// The v4 provider against the sandbox's /v4 over real HTTP: every endpoint through the neutral client, the
// Shipment it normalises to, and the typed error for every code of contract v4 §2.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '@/sandbox/server';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { createTrackingClient, TrackingApiError, UnsupportedByProvider, type TrackingClientOptions } from '@/utils/api';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import { forgetLimiters } from '@/utils/api/rate-limiter';

let sb: SandboxHandle;
beforeAll(async () => {
  sb = await startSandbox({ now: new Date('2026-11-21T12:00:00Z') });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const FAST: Partial<TrackingClientOptions> = {
  timing: { retryDelayMs: () => 5, timeoutMs: 2_000, totalTimeoutMs: 5_000 },
  rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 },
};
const v4 = (apiKey: string = DEMO_KEYS.trackingmoreV4, extra: Partial<TrackingClientOptions> = {}) =>
  createTrackingClient({ provider: 'trackingmore-v4', apiKey, baseUrl: sb.trackingmoreV4Url, ...FAST, ...extra });

async function codeOf(promise: Promise<unknown>): Promise<[string, number | null]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TrackingApiError) return [error.kind, error.code];
    throw error;
  }
  throw new Error('expected a TrackingApiError');
}

const log = () => sb.log().map((e) => `${e.method} ${e.path.replace(/[0-9a-f]{32}/, ':id')}`);

describe('TrackingMore v4 provider', () => {
  it('sends the v4 header and Accept, and a v2 key gets auth (401)', async () => {
    expect(await codeOf(v4(DEMO_KEYS.trackingmore).listCarriers())).toEqual(['auth', 401]);
    expect((await v4().listCarriers()).find((c) => c.code === '4px')?.name).toBe('4PX');
  });

  it('lists couriers with their required fields normalised to string[] (array and string forms)', async () => {
    const couriers = await v4().listCarriers();
    expect(couriers.find((c) => c.code === 'postnl-3s')?.requiredFields).toEqual(['tracking_postal_code', 'tracking_destination_country']);
    expect(couriers.find((c) => c.code === 'deutsche-post')?.requiredFields).toEqual(['tracking_ship_date']);
    expect(couriers.find((c) => c.code === 'ups')?.requiredFields).toEqual([]);
  });

  it('detects couriers; nothing found is not-found 4121', async () => {
    expect((await v4().detectCarrier(SEED.ups))[0]?.code).toBe('ups');
    expect(await codeOf(v4().detectCarrier('ZZZ'))).toEqual(['not-found', 4121]);
  });

  it('realtime = create: a new number comes back with its events as a Shipment (timeline, zone-less dates)', async () => {
    const s = normalizeTracking(await v4(DEMO_KEYS.emptyV4).realtime({ tracking_number: SEED.dhlNotInAccount, carrier_code: 'dhl' }));
    expect(s).toMatchObject({ number: SEED.dhlNotInAccount, carrier: { code: 'dhl' }, status: 'transit' });
    expect(s.id).toMatch(/^[0-9a-f]{32}$/);
    expect(s.events.length).toBeGreaterThan(0);
    expect(s.events[0]!.date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(s.events[0]!.localTime).toBe(true);
    expect(log()).toEqual(['POST /v4/trackings/create']);
  });

  it('realtime of a number already in the account (4101) reads it with get instead', async () => {
    const s = normalizeTracking(await v4().realtime({ tracking_number: SEED.fourPx, carrier_code: '4px' }));
    expect(s.status).toBe('delivered');
    expect(s.events[0]).toMatchObject({ description: 'Shipment delivered.', location: 'Paramount, CA, US', date: '2018-04-14 15:12:00' });
    expect(log()).toEqual(['POST /v4/trackings/create', 'GET /v4/trackings/get']);
  });

  it('createTracking keeps 4101 as an exists error, like v2 4016', async () => {
    expect(await codeOf(v4().createTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }))).toEqual(['exists', 4101]);
    const created = await v4(DEMO_KEYS.emptyV4).createTracking({ tracking_number: SEED.ups, carrier_code: 'ups', title: 'Keyboard' });
    expect(created).toMatchObject({ tracking_number: SEED.ups, carrier_code: 'ups', title: 'Keyboard' });
  });

  it('getTracking and listTrackings use get with tracking_numbers, 40 per call', async () => {
    const t = await v4().getTracking({ tracking_number: SEED.usps, carrier_code: 'usps' });
    expect(normalizeTracking(t).status).toBe('transit');
    sb.clearLog();
    const numbers = [SEED.ups, SEED.usps, ...Array.from({ length: 45 }, (_, i) => `ZZ${String(i).padStart(8, '0')}`)];
    const list = await v4().listTrackings({ numbers });
    expect(list.items.map((i) => i.tracking_number).sort()).toEqual([SEED.ups, SEED.usps].sort());
    expect(log()).toEqual(['GET /v4/trackings/get', 'GET /v4/trackings/get']);
    expect(await codeOf(v4().getTracking({ tracking_number: 'NOPE12345', carrier_code: 'ups' }))).toEqual(['not-found', null]);
  });

  it('maps list filters to v4 names: status, archived, dates as ISO', async () => {
    const archived = await v4().listTrackings({ archived: true });
    expect(archived.items.map((i) => [i.tracking_number, i.archived])).toEqual([[SEED.dhl, true]]);
    const delivered = await v4().listTrackings({ status: 'delivered' });
    expect(delivered.items.every((i) => i.status === 'delivered')).toBe(true);
    const recent = await v4().listTrackings({ created_at_min: Date.parse('2026-11-20T00:00:00Z') / 1000 });
    expect(recent.items.length).toBeGreaterThan(0);
    expect(sb.log().at(-1)?.path).toBe('/v4/trackings/get');
  });

  it('batch-creates in chunks of 40 with per-item errors', async () => {
    const items = Array.from({ length: 45 }, (_, i) => ({ tracking_number: `AB${String(i).padStart(8, '0')}`, carrier_code: 'ups' }));
    const result = await v4(DEMO_KEYS.emptyV4).createTrackings([...items, { tracking_number: 'x', carrier_code: 'ups' }]);
    expect([result.submitted, result.added, result.trackings.length]).toEqual([46, 45, 45]);
    expect(result.errors).toEqual([{ tracking_number: 'x', carrier_code: 'ups', code: 4110, message: expect.any(String) }]);
    expect(log()).toEqual(['POST /v4/trackings/batch', 'POST /v4/trackings/batch']);
  });

  it('updates title by id, found by number when the ref has none', async () => {
    const updated = await v4().updateTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }, { title: 'Keyboard', archived: true });
    expect(updated).toMatchObject({ title: 'Keyboard', archived: true });
    expect(log()).toEqual(['GET /v4/trackings/get', 'PUT /v4/trackings/update/:id', 'GET /v4/trackings/get']);
  });

  it('a stored id that is gone (4102) is dropped and the tracking found again by number', async () => {
    await v4().deleteTracking({ tracking_number: SEED.ups, carrier_code: 'ups', id: 'f'.repeat(32) });
    expect(log()).toEqual(['DELETE /v4/trackings/delete/:id', 'GET /v4/trackings/get', 'DELETE /v4/trackings/delete/:id']);
    expect(await codeOf(v4().getTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }))).toEqual(['not-found', null]);
    expect(await codeOf(v4().deleteTracking({ tracking_number: SEED.ups, carrier_code: 'ups', id: 'bad' }))).toEqual(['not-found', 4102]);
  });

  it('changes the courier by id (courier_code_new) and the tracking is then under the new courier', async () => {
    await v4().changeCarrier({ tracking_number: SEED.ups, carrier_code: 'ups' }, 'fedex');
    expect((await v4().getTracking({ tracking_number: SEED.ups, carrier_code: 'fedex' })).carrier_code).toBe('fedex');
    expect(await codeOf(v4().changeCarrier({ tracking_number: SEED.usps, carrier_code: 'usps' }, 'nope'))).toEqual(['invalid-input', 4120]);
  });

  it('tracks the seed AWB: flight legs with planned vs actual times, and the airline', async () => {
    const [entry] = await v4().trackAirWaybill(SEED.awb);
    const s = normalizeAirCargo(entry!);
    expect(s.air?.route).toEqual(['XMN', 'LUX', 'MXP']);
    expect(s.air?.flights[0]).toMatchObject({ flightNumber: 'CV7493', from: 'XMN', to: 'LUX', plannedDeparture: '2018-04-12 08:20:00', actualDeparture: '2018-04-12 08:46:00' });
    expect(s.air?.airline?.name).toBe('Cargolux Airlines');
    expect(await codeOf(v4().trackAirWaybill('17-2889'))).toEqual(['invalid-input', 4160]);
    expect(await codeOf(v4().trackAirWaybill('999-12345675'))).toEqual(['unsupported', 4161]);
  });

  it('says which features v4 has no endpoint for, without calling the API', async () => {
    const c = v4();
    for (const m of ['getUserInfo', 'getStatusCounts', 'checkRemoteArea', 'getTransitTimes', 'stopUpdating', 'updateTrackings', 'deleteTrackings'] as const) {
      expect(c.supports(m)).toBe(false);
    }
    await expect(c.getUserInfo()).rejects.toBeInstanceOf(UnsupportedByProvider);
    await expect(c.updateTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }, { status: 4 })).rejects.toBeInstanceOf(UnsupportedByProvider);
    expect(sb.log()).toEqual([]);
  });

  it.each([
    [{ tracking_number: 'ab', carrier_code: 'ups' }, 'invalid-input', 4110],
    [{ tracking_number: '', carrier_code: 'ups' }, 'invalid-input', 4111],
    [{ tracking_number: '1Z999AA10123456784', carrier_code: 'royalmail' }, 'invalid-input', 4120],
    [{ tracking_number: '3SABCD1234567', carrier_code: 'postnl-3s' }, 'invalid-input', 4122],
  ])('create %j → %s %i', async (input, kind, code) => {
    expect(await codeOf(v4(DEMO_KEYS.emptyV4).createTracking(input))).toEqual([kind, code]);
  });

  it('stops creating with quota 4190 when the plan is used up', async () => {
    const codes = [];
    for (const n of ['AA00000001', 'AA00000002', 'AA00000003', 'AA00000004']) {
      codes.push(await v4(DEMO_KEYS.lowQuotaV4).createTracking({ tracking_number: n, carrier_code: 'ups' }).then(() => 'ok', (e: TrackingApiError) => `${e.kind} ${e.code}`));
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'quota 4190']);
  });

  it('maps 429 with Retry-After, 5xx after retries, and an HTML 502 page by its status', async () => {
    sb.setFaults({ kind: '429', retryAfterS: 9, path: '/v4' });
    const limited = (await v4().listCarriers().catch((e: unknown) => e)) as TrackingApiError;
    expect([limited.kind, limited.code, limited.retryAfterMs]).toEqual(['rate-limited', 429, 9_000]);
    forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    sb.setFaults({ kind: '429', path: '/v4' });
    expect(((await v4().listCarriers().catch((e: unknown) => e)) as TrackingApiError).retryAfterMs).toBe(120_000);
    forgetLimiters();
    sb.setFaults({ kind: '500', count: 3, path: '/v4' });
    expect(await codeOf(v4().listCarriers())).toEqual(['server', 511]);
    sb.setFaults({ kind: 'html', count: 3, path: '/v4' });
    expect((await codeOf(v4().listCarriers()))[0]).toBe('server');
    sb.setFaults({ kind: 'revoked', path: '/v4' });
    expect(await codeOf(v4().listCarriers())).toEqual(['auth', 401]);
  });

  it('retracks an expired tracking by id; a live one is refused with 4113', async () => {
    const ref = { tracking_number: SEED.chinaPost, carrier_code: 'china-post' };
    expect(await codeOf(v4().retrack(ref))).toEqual(['invalid-input', 4113]);
    sb.advance(24 * 40);
    expect((await v4().getTracking(ref)).status).toBe('expired');
    await v4().retrack(ref);
    expect((await v4().getTracking(ref)).status).not.toBe('expired');
    await expect(createTrackingClient({ provider: 'trackingmore-v2', apiKey: 'k' }).retrack(ref)).rejects.toBeInstanceOf(UnsupportedByProvider);
  });

  it('an unknown path is 404 invalid-input', async () => {
    const c = createTrackingClient({ provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmoreV4, baseUrl: `${sb.url}/v4/nope`, ...FAST });
    expect(await codeOf(c.listCarriers())).toEqual(['invalid-input', 404]);
  });
});
