// @vitest-environment node
// The sandbox's TrackingMore v4 routes over real HTTP: every endpoint and every error code of contract v4 §2.
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import { SEED } from '../../../sandbox/seed-data';
import { hook, useSandbox } from './helpers';
import { call4 } from './helpers-v4';

const box = useSandbox();

async function idOf(number: string, key: string = DEMO_KEYS.trackingmoreV4): Promise<string> {
  const r = await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${number}`, { key });
  return r.data[0].id;
}

describe('auth, envelope and HTTP statuses', () => {
  it('answers a missing, unknown or v2 key with HTTP 401 / meta 401 and no meta.type', async () => {
    for (const key of [null, 'nope', DEMO_KEYS.trackingmore]) {
      const r = await call4(box.sb, 'GET', '/couriers/all', { key });
      expect([r.status, r.meta.code, r.meta.type]).toEqual([401, 401, undefined]);
    }
  });

  it('does not accept a v4 key under /v2', async () => {
    const res = await fetch(`${box.sb.trackingmoreUrl}/trackings/getuserinfo`, { headers: { 'Trackingmore-Api-Key': DEMO_KEYS.trackingmoreV4 } });
    expect((await res.json()).meta.code).toBe(4001);
  });

  it('answers unknown paths with 404 and wrong verbs with 400', async () => {
    const unknown = await call4(box.sb, 'GET', '/trackings/realtime');
    expect([unknown.status, unknown.meta.code]).toEqual([404, 404]);
    const verb = await call4(box.sb, 'GET', '/trackings/create');
    expect([verb.status, verb.meta.code]).toEqual([400, 400]);
  });

  it('sends the CORS headers the extension needs, v4 auth header included', async () => {
    const res = await fetch(`${box.sb.trackingmoreV4Url}/couriers/all`, { method: 'OPTIONS' });
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Tracking-Api-Key/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/PUT/);
  });

  it('turns injected faults into v4 errors: 5xx as 511, quota as 4190, 429 with Retry-After', async () => {
    box.sb.setFaults([{ kind: '500', path: '/v4' }, { kind: 'quota', path: '/v4' }, { kind: '429', path: '/v4', retryAfterS: 7 }]);
    const a = await call4(box.sb, 'GET', '/couriers/all');
    const b = await call4(box.sb, 'GET', '/couriers/all');
    const c = await call4(box.sb, 'GET', '/couriers/all');
    expect([a.status, a.meta.code, b.status, b.meta.code, c.status, c.meta.code]).toEqual([500, 511, 400, 4190, 429, 429]);
    expect(c.headers.get('retry-after')).toBe('7');
  });

  it('limits create to 3/s and other endpoints to 10/s per endpoint when rate limits are on', async () => {
    await hook(box.sb, 'POST', 'config', { rateLimit: true });
    const creates = [];
    for (let i = 0; i < 4; i++) creates.push((await call4(box.sb, 'POST', '/trackings/create', { key: DEMO_KEYS.emptyV4, body: { tracking_number: `AA0000000${i}`, courier_code: 'ups' } })).status);
    expect(creates).toEqual([200, 200, 200, 429]);
    const gets = [];
    for (let i = 0; i < 11; i++) gets.push((await call4(box.sb, 'GET', '/couriers/all')).status);
    expect(gets.filter((s) => s === 200)).toHaveLength(10);
    expect(gets.at(-1)).toBe(429);
  });
});

describe('couriers', () => {
  it('lists couriers with v4 keys, and required fields for those that need them', async () => {
    const r = await call4(box.sb, 'GET', '/couriers/all');
    const fourPx = r.data.find((c: any) => c.courier_code === '4px');
    expect(fourPx).toMatchObject({ courier_name: '4PX', courier_country_iso2: 'CN', tracking_required_fields: null, default_language: 'en' });
    expect(r.data.find((c: any) => c.courier_code === 'postnl-3s').tracking_required_fields).toEqual(['tracking_postal_code', 'tracking_destination_country']);
  });

  it('detects couriers best first, 4121 when nothing fits, 4111 without a number', async () => {
    const r = await call4(box.sb, 'POST', '/couriers/detect', { body: { tracking_number: SEED.ups } });
    expect(r.data[0].courier_code).toBe('ups');
    const none = await call4(box.sb, 'POST', '/couriers/detect', { body: { tracking_number: 'ZZZ' } });
    expect([none.status, none.meta.code]).toEqual([400, 4121]);
    expect((await call4(box.sb, 'POST', '/couriers/detect', { body: {} })).meta.code).toBe(4111);
  });
});

describe('POST /trackings/create (real-time)', () => {
  it('creates and returns the full tracking with its current events, v4 field names and quirks', async () => {
    const r = await call4(box.sb, 'POST', '/trackings/create', { key: DEMO_KEYS.emptyV4, body: { tracking_number: SEED.dhlNotInAccount, courier_code: 'dhl', title: 'Lens', note: 'gift' } });
    expect(r.status).toBe(200);
    expect(r.meta).toEqual({ code: 200, message: 'Request response is successful' });
    const t = r.data;
    expect(t.id).toMatch(/^[0-9a-f]{32}$/);
    expect(t).toMatchObject({ tracking_number: SEED.dhlNotInAccount, courier_code: 'dhl', delivery_status: 'transit', archived: 'tracking', title: 'Lens', note: 'gift' });
    expect(t.update_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect('updated_at' in t).toBe(false);
    expect(t.origin_info.trackinfo.length).toBeGreaterThan(0);
    expect(t.origin_info.trackinfo[0].checkpoint_date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(t.latest_event).toContain(', ');
  });

  it('answers a duplicate with 4101 and the existing id, under HTTP 400', async () => {
    const r = await call4(box.sb, 'POST', '/trackings/create', { body: { tracking_number: SEED.ups, courier_code: 'ups' } });
    expect([r.status, r.meta.code]).toEqual([400, 4101]);
    expect(r.data).toEqual({ id: await idOf(SEED.ups), tracking_number: SEED.ups, courier_code: 'ups' });
  });

  it.each([
    [{ courier_code: 'ups' }, 4111],
    [{ tracking_number: 'ab', courier_code: 'ups' }, 4110],
    [{ tracking_number: '1Z999AA10123456784', courier_code: 'royalmail' }, 4120],
    [{ tracking_number: '3SABCD1234567', courier_code: 'postnl-3s' }, 4122],
    [{ tracking_number: '3SABCD1234567', courier_code: 'postnl-3s', tracking_postal_code: '1012AB' }, 4122],
  ])('answers %j with %i and data []', async (body, code) => {
    const r = await call4(box.sb, 'POST', '/trackings/create', { key: DEMO_KEYS.emptyV4, body });
    expect([r.status, r.meta.code, r.data]).toEqual([400, code, []]);
  });

  it('creates once the courier-specific fields are given', async () => {
    const body = { tracking_number: '3SABCD1234567', courier_code: 'postnl-3s', tracking_postal_code: '1012AB', tracking_destination_country: 'NL' };
    const r = await call4(box.sb, 'POST', '/trackings/create', { key: DEMO_KEYS.emptyV4, body });
    expect([r.meta.code, r.data.tracking_postal_code]).toEqual([200, '1012AB']);
  });

  it('answers 400 to a body that is not JSON and 4190 when the quota is used up', async () => {
    expect((await call4(box.sb, 'POST', '/trackings/create', { rawBody: '{nope' })).meta.code).toBe(400);
    const codes = [];
    for (const n of ['AA00000001', 'AA00000002', 'AA00000003', 'AA00000004']) {
      codes.push((await call4(box.sb, 'POST', '/trackings/create', { key: DEMO_KEYS.lowQuotaV4, body: { tracking_number: n, courier_code: 'ups' } })).meta.code);
    }
    expect(codes).toEqual([200, 200, 200, 4190]);
  });
});

describe('GET /trackings/get', () => {
  it('answers an array of trackings, with the seeded 4PX number and its history', async () => {
    const r = await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${SEED.fourPx}`);
    expect(Array.isArray(r.data)).toBe(true);
    expect(r.data[0]).toMatchObject({ tracking_number: SEED.fourPx, courier_code: '4px', delivery_status: 'delivered', destination_country: 'US' });
    const ups = await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${SEED.ups}`);
    expect([ups.data[0].origin_country, ups.data[0].destination_country]).toEqual(['US', 'US']);
    expect(r.data[0].origin_info.trackinfo[0]).toMatchObject({ checkpoint_date: '2018-04-14T15:12:00', tracking_detail: 'Shipment delivered.', checkpoint_delivery_status: 'delivered' });
  });

  it('filters by status, courier, archived_status and dates, and pages by items_amount/pages_amount', async () => {
    const delivered = await call4(box.sb, 'GET', '/trackings/get?delivery_status=delivered');
    expect(delivered.data.length).toBeGreaterThan(0);
    expect(delivered.data.every((t: any) => t.delivery_status === 'delivered')).toBe(true);
    const ups = await call4(box.sb, 'GET', '/trackings/get?courier_code=ups');
    expect(ups.data.map((t: any) => t.tracking_number).sort()).toEqual([SEED.ups, SEED.upsUndelivered].sort());
    const archived = await call4(box.sb, 'GET', '/trackings/get?archived_status=archived');
    expect(archived.data.map((t: any) => t.tracking_number)).toEqual([SEED.dhl]);
    const recent = await call4(box.sb, 'GET', `/trackings/get?created_date_min=${encodeURIComponent('2026-11-20T00:00:00+00:00')}`);
    expect(recent.data.length).toBeGreaterThan(0);
    expect(recent.data.every((t: any) => Date.parse(t.created_at) >= Date.parse('2026-11-20T00:00:00Z'))).toBe(true);
    const all = await call4(box.sb, 'GET', '/trackings/get');
    const page1 = await call4(box.sb, 'GET', '/trackings/get?items_amount=5&pages_amount=1');
    const page2 = await call4(box.sb, 'GET', '/trackings/get?items_amount=5&pages_amount=2');
    expect(page1.data).toHaveLength(5);
    expect([...page1.data, ...page2.data].map((t: any) => t.id)).toEqual(all.data.slice(0, 10).map((t: any) => t.id));
  });

  it('answers an unknown number with an empty array, > 40 numbers with 4103, bad filters with 4130', async () => {
    expect((await call4(box.sb, 'GET', '/trackings/get?tracking_numbers=NOPE12345')).data).toEqual([]);
    const many = Array.from({ length: 41 }, (_, i) => `AB${String(i).padStart(8, '0')}`).join(',');
    expect((await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${many}`)).meta.code).toBe(4103);
    expect((await call4(box.sb, 'GET', '/trackings/get?archived_status=yes')).meta.code).toBe(4130);
    expect((await call4(box.sb, 'GET', '/trackings/get?created_date_min=yesterday')).meta.code).toBe(4130);
  });
});

describe('POST /trackings/batch', () => {
  it('creates up to 40, listing successes and per-item errors with camelCase codes', async () => {
    const r = await call4(box.sb, 'POST', '/trackings/batch', {
      body: [
        { tracking_number: 'RR123456785CN', courier_code: 'china-post' },
        { tracking_number: SEED.ups, courier_code: 'ups' },
        { tracking_number: 'x', courier_code: 'ups' },
      ],
    });
    expect(r.meta.code).toBe(200);
    expect(r.data.success).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{32}$/), tracking_number: 'RR123456785CN', courier_code: 'china-post' }]);
    expect(r.data.error.map((e: any) => e.errorCode)).toEqual([4101, 4110]);
    expect(r.data.error[0].id).toBe(await idOf(SEED.ups));
    const created = await call4(box.sb, 'GET', '/trackings/get?tracking_numbers=RR123456785CN');
    expect(created.data[0].delivery_status).toBe('pending');
    box.sb.advance(1);
    expect((await call4(box.sb, 'GET', '/trackings/get?tracking_numbers=RR123456785CN')).data[0].delivery_status).not.toBe('pending');
  });

  it('refuses more than 40 with 4103 and a non-array with 400', async () => {
    const body = Array.from({ length: 41 }, (_, i) => ({ tracking_number: `AB${String(i).padStart(8, '0')}`, courier_code: 'ups' }));
    const r = await call4(box.sb, 'POST', '/trackings/batch', { body });
    expect([r.status, r.meta.code]).toEqual([400, 4103]);
    expect((await call4(box.sb, 'POST', '/trackings/batch', { body: { tracking_number: 'AB00000001' } })).meta.code).toBe(400);
  });
});

describe('update, delete and retrack by id', () => {
  it('updates title and note, and changes the courier', async () => {
    const id = await idOf(SEED.ups);
    const r = await call4(box.sb, 'PUT', `/trackings/update/${id}`, { body: { title: 'Keyboard', note: 'desk' } });
    expect(r.data).toMatchObject({ id, title: 'Keyboard', note: 'desk', archived_status: 'tracking' });
    const moved = await call4(box.sb, 'PUT', `/trackings/update/${id}`, { body: { courier_code_new: 'fedex' } });
    expect(moved.data.courier_code_new).toBe('fedex');
    expect((await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${SEED.ups}&courier_code=fedex`)).data[0].id).toBe(id);
  });

  it('answers a malformed id with 4112, an unknown id with 4102, a bad courier with 4120, a bad archived_status with 4130', async () => {
    expect((await call4(box.sb, 'PUT', '/trackings/update/123', { body: { title: 'x' } })).meta.code).toBe(4112);
    const unknown = await call4(box.sb, 'PUT', `/trackings/update/${'0'.repeat(32)}`, { body: { title: 'x' } });
    expect([unknown.status, unknown.meta.code]).toEqual([400, 4102]);
    const id = await idOf(SEED.ups);
    expect((await call4(box.sb, 'PUT', `/trackings/update/${id}`, { body: { courier_code_new: 'nope' } })).meta.code).toBe(4120);
    expect((await call4(box.sb, 'PUT', `/trackings/update/${id}`, { body: { archived_status: 'gone' } })).meta.code).toBe(4130);
  });

  it('deletes by id, after which the id answers 4102', async () => {
    const id = await idOf(SEED.usps);
    const r = await call4(box.sb, 'DELETE', `/trackings/delete/${id}`);
    expect(r.data).toEqual({ id, tracking_number: SEED.usps, courier_code: 'usps' });
    expect((await call4(box.sb, 'DELETE', `/trackings/delete/${id}`)).meta.code).toBe(4102);
  });

  it('retracks only expired trackings (4113 otherwise)', async () => {
    const id = await idOf(SEED.chinaPost);
    expect((await call4(box.sb, 'POST', `/trackings/retrack/${id}`)).meta.code).toBe(4113);
    box.sb.advance(24 * 40);
    expect((await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${SEED.chinaPost}`)).data[0].delivery_status).toBe('expired');
    const r = await call4(box.sb, 'POST', `/trackings/retrack/${id}`);
    expect([r.meta.code, r.data.id]).toEqual([200, id]);
    expect((await call4(box.sb, 'GET', `/trackings/get?tracking_numbers=${SEED.chinaPost}`)).data[0].delivery_status).not.toBe('expired');
  });
});

describe('POST /awb', () => {
  it('answers the seed AWB with flight legs, planned vs actual times and the airline', async () => {
    const r = await call4(box.sb, 'POST', '/awb', { body: { awb_number: SEED.awb } });
    expect(r.data).toMatchObject({ awb_number: SEED.awb, origin: 'XMN', destination: 'MXP', flight_way_station: ['XMN', 'LUX', 'MXP'] });
    expect(r.data.flight_info_new[0]).toMatchObject({ flight_number: 'CV7493', plan_depart_time: '2018-04-12 08:20:00', depart_time: '2018-04-12 08:46:00' });
    expect(r.data.airline_info.name).toBe('Cargolux Airlines');
  });

  it('answers a malformed AWB with 4160 and an unknown airline with 4161', async () => {
    expect((await call4(box.sb, 'POST', '/awb', { body: { awb_number: '17-2889' } })).meta.code).toBe(4160);
    const r = await call4(box.sb, 'POST', '/awb', { body: { awb_number: '999-12345675' } });
    expect([r.status, r.meta.code]).toEqual([400, 4161]);
  });
});
