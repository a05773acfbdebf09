// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import { SEED, SEEDED_SHIPMENTS } from '../../../sandbox/seed-data';
import { SEED_4PX_TRACKING } from '../../../sandbox/seed-vendor-docs';
import { call, hook, useSandbox } from './helpers';

const box = useSandbox();

describe('auth and envelope', () => {
  it('answers an unknown or missing key with 4001, a revoked key with 4002, all as HTTP 200 with data []', async () => {
    for (const key of ['nope', null, DEMO_KEYS.trackru]) {
      const r = await call(box.sb, 'GET', '/trackings/getuserinfo', { key });
      expect([r.status, r.meta.code, r.meta.type, r.data]).toEqual([200, 4001, 'Unauthorized', []]);
    }
    const revoked = await call(box.sb, 'GET', '/trackings/getuserinfo', { key: DEMO_KEYS.revoked });
    expect([revoked.status, revoked.meta.code, revoked.data]).toEqual([200, 4002, []]);
  });

  it('mirrors 4001 as HTTP 401 when switched on', async () => {
    await hook(box.sb, 'POST', 'config', { mirrorHttpStatus: true });
    const r = await call(box.sb, 'GET', '/trackings/getuserinfo', { key: 'nope' });
    expect([r.status, r.meta.code]).toEqual([401, 4001]);
  });

  it('answers unknown paths with 404 and wrong verbs with 405', async () => {
    expect((await call(box.sb, 'GET', '/nothing/here')).meta.code).toBe(404);
    const wrongVerb = await call(box.sb, 'GET', '/trackings/batch');
    expect([wrongVerb.status, wrongVerb.meta.code]).toEqual([405, 405]);
  });
});

describe('POST /trackings/post', () => {
  it('creates a pending tracking and answers the summary', async () => {
    const r = await call(box.sb, 'POST', '/trackings/post', {
      body: { tracking_number: 'RR123456785CN', carrier_code: 'china-post', title: 'Socks', order_create_time: '2017/8/27 16:51' },
    });
    expect(r.meta).toEqual({ code: 200, type: 'Success', message: 'Success' });
    expect(r.data).toMatchObject({ tracking_number: 'RR123456785CN', carrier_code: 'china-post', status: 'pending', title: 'Socks', order_create_time: '2017-08-27 16:51', destination: '' });
    expect(r.data.id).toMatch(/^[0-9a-f]{32}$/);
    expect(r.data.created_at).toBe('2026-11-21T20:00:00+08:00');
  });

  it.each([
    [{ carrier_code: 'ups' }, 4013],
    [{ tracking_number: 'ab', carrier_code: 'ups' }, 4014],
    [{ tracking_number: '1Z999AA10123456784', carrier_code: 'no-such-carrier' }, 4015],
    [{ tracking_number: SEED.ups, carrier_code: 'ups' }, 4016],
  ])('answers %j with %i', async (body, code) => {
    const r = await call(box.sb, 'POST', '/trackings/post', { body });
    expect([r.status, r.meta.code, r.data]).toEqual([200, code, []]);
  });

  it('answers a body that is not JSON with 4012', async () => {
    expect((await call(box.sb, 'POST', '/trackings/post', { rawBody: '{nope' })).meta.code).toBe(4012);
  });

  it('stops creating with 4019 when the quota is used up', async () => {
    const codes = [];
    for (const n of ['AA00000001', 'AA00000002', 'AA00000003', 'AA00000004']) {
      codes.push((await call(box.sb, 'POST', '/trackings/post', { key: DEMO_KEYS.lowQuota, body: { tracking_number: n, carrier_code: 'ups' } })).meta.code);
    }
    expect(codes).toEqual([200, 200, 200, 4019]);
    expect((await call(box.sb, 'GET', '/trackings/getuserinfo', { key: DEMO_KEYS.lowQuota })).data.track_number).toBe(0);
  });

  it('gives a new unknown number a generated history that is the same after a reset and grows with time', async () => {
    const read = async () => {
      await call(box.sb, 'POST', '/trackings/post', { body: { tracking_number: 'ZZ0042424242', carrier_code: 'yanwen' } });
      return (await call(box.sb, 'GET', '/trackings/yanwen/ZZ0042424242')).data.origin_info.trackinfo;
    };
    const first = await read();
    expect(first.length).toBeGreaterThan(0);
    box.sb.reset();
    expect(await read()).toEqual(first);
    box.sb.advance(200);
    const later = (await call(box.sb, 'GET', '/trackings/yanwen/ZZ0042424242')).data;
    expect(later.origin_info.trackinfo.length).toBeGreaterThan(first.length);
    expect(later.status).toBe('delivered');
  });
});

describe('GET /trackings/{carrier}/{number}[/{lang}]', () => {
  it('returns the 4PX seed tracking field for field, with or without the lang suffix', async () => {
    for (const suffix of ['', '/en', '/']) {
      const r = await call(box.sb, 'GET', `/trackings/4px/300403513351${suffix}`);
      expect(r.meta).toEqual({ code: 200, type: 'Success', message: 'Success' });
      expect(r.data).toEqual(SEED_4PX_TRACKING);
    }
  });

  it('shows a seeded shipment with the real quirks', async () => {
    const { data } = await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`);
    expect(data).toMatchObject({ tracking_number: SEED.ups, status: 'transit', customer_email: ['alex.morgan@example.com'], order_id: '1001', destination_info: null });
    const [newest, ...rest] = data.origin_info.trackinfo;
    expect(Object.keys(newest)).toEqual(['Date', 'StatusDescription', 'Details', 'checkpoint_status', 'substatus', 'ItemNode']);
    expect(newest.Date > rest[0].Date).toBe(true);
    expect(data.lastEvent).toBe(`${newest.StatusDescription},${newest.Details},${newest.Date}`);
    expect(data.lastUpdateTime).toBe(newest.Date);
    expect(data.origin_info.DestinationArrived).toBe(newest.Date);
  });

  it('shows both legs when the parcel changes carrier at the border', async () => {
    const { data } = await call(box.sb, 'GET', `/trackings/china-post/${SEED.chinaPost}`);
    expect(data.destination_info.carrier_code).toBe('poczta-polska');
    expect(data.destination_info.trackinfo.length).toBeGreaterThan(0);
  });

  it('answers 4031 for a number that is not in the account, 4015/4014 for bad path values', async () => {
    expect((await call(box.sb, 'GET', `/trackings/dhl/${SEED.dhlNotInAccount}`)).meta.code).toBe(4031);
    expect((await call(box.sb, 'GET', `/trackings/nocarrier/${SEED.ups}`)).meta.code).toBe(4015);
    expect((await call(box.sb, 'GET', '/trackings/ups/a%20b')).meta.code).toBe(4014);
  });

  it('moves shipments to new statuses when the clock advances', async () => {
    const status = async (carrier: string, n: string) => (await call(box.sb, 'GET', `/trackings/${carrier}/${n}`)).data.status;
    expect(await status('ups', SEED.ups)).toBe('transit');
    box.sb.advance(8);
    expect(await status('ups', SEED.ups)).toBe('pickup');
    await hook(box.sb, 'POST', 'advance', { hours: 16 });
    for (const s of SEEDED_SHIPMENTS.filter((x) => x.inDemoAccount)) expect(await status(s.carrier, s.number)).toBe(s.statusAfter24h);
  });

  it('matches each seeded shipment’s documented status at the epoch', async () => {
    for (const s of SEEDED_SHIPMENTS.filter((x) => x.inDemoAccount)) {
      expect((await call(box.sb, 'GET', `/trackings/${s.carrier}/${s.number}`)).data.status).toBe(s.status);
    }
  });
});

describe('PUT and DELETE /trackings/{carrier}/{number}', () => {
  it('updates fields and forces a status with 4, reverts with 8', async () => {
    const r = await call(box.sb, 'PUT', `/trackings/ups/${SEED.ups}`, { body: { title: 'New', archived: 'true', status: '4' } });
    expect(r.data).toMatchObject({ tracking_number: SEED.ups, title: 'New', archived: 'true', status: '4' });
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).data).toMatchObject({ status: 'delivered', archived: true });
    await call(box.sb, 'PUT', `/trackings/ups/${SEED.ups}`, { body: { status: 8 } });
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).data.status).toBe('transit');
  });

  it('answers 4033 for another status and 4017 for an unknown tracking', async () => {
    expect((await call(box.sb, 'PUT', `/trackings/ups/${SEED.ups}`, { body: { status: 5 } })).meta.code).toBe(4033);
    expect((await call(box.sb, 'PUT', `/trackings/dhl/${SEED.dhlNotInAccount}`, { body: {} })).meta.code).toBe(4017);
  });

  it('deletes with data [] and then answers 4017', async () => {
    const r = await call(box.sb, 'DELETE', `/trackings/ups/${SEED.ups}`);
    expect(r.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Success' }, data: [] });
    expect((await call(box.sb, 'DELETE', `/trackings/ups/${SEED.ups}`)).meta.code).toBe(4017);
  });
});

describe('POST /trackings/batch', () => {
  it('creates what it can: 201 with submitted/added/trackings/errors', async () => {
    const r = await call(box.sb, 'POST', '/trackings/batch', {
      body: [
        { tracking_number: 'AB0000000001', carrier_code: 'ups' },
        { tracking_number: SEED.ups, carrier_code: 'ups' },
        { tracking_number: 'AB0000000002', carrier_code: 'bad' },
      ],
    });
    expect(r.meta).toEqual({ code: 201, type: 'Created', message: 'The request was successful and a resource was created.' });
    expect(r.data).toMatchObject({ submitted: 3, added: 1 });
    expect(r.data.trackings[0]).toMatchObject({ tracking_number: 'AB0000000001', status: 'pending', order_create_time: 0 });
    expect(r.data.errors).toEqual([
      { tracking_number: SEED.ups, carrier_code: 'ups', code: 4016, message: 'Tracking already exists.' },
      { tracking_number: 'AB0000000002', carrier_code: 'bad', code: 4015, message: 'The value of carrier_code is invalid.' },
    ]);
  });

  it('refuses more than 40 with 202 and creates nothing', async () => {
    const items = Array.from({ length: 41 }, (_, i) => ({ tracking_number: `CC${String(i).padStart(8, '0')}`, carrier_code: 'ups' }));
    const r = await call(box.sb, 'POST', '/trackings/batch', { key: DEMO_KEYS.empty, body: items });
    expect(r.json).toEqual({ meta: { code: 202, type: 'Bad Request', message: 'The largest number of 40 each operation.' }, data: [] });
    expect((await call(box.sb, 'GET', '/trackings/get', { key: DEMO_KEYS.empty })).data.total).toBe('0');
    expect((await call(box.sb, 'POST', '/trackings/batch', { key: DEMO_KEYS.empty, body: items.slice(0, 40) })).data.added).toBe(40);
  });

  it('answers 200 with added 0 when every item fails', async () => {
    const r = await call(box.sb, 'POST', '/trackings/batch', { body: [{ tracking_number: SEED.ups, carrier_code: 'ups' }] });
    expect([r.meta.code, r.data.added]).toEqual([200, 0]);
  });
});

describe('/trackings/get (list)', () => {
  it('accepts GET with a query and POST with a JSON body alike', async () => {
    const viaGet = await call(box.sb, 'GET', `/trackings/get?numbers=${SEED.ups},${SEED.usps}&limit=1&page=2`);
    const viaPost = await call(box.sb, 'POST', '/trackings/get', { body: { numbers: `${SEED.ups},${SEED.usps}`, limit: 1, page: 2 } });
    expect(viaGet.data).toEqual(viaPost.data);
    expect(viaGet.data).toMatchObject({ page: 2, limit: 1, total: '2', count: 1 });
  });

  it('lists the whole account with total as a string and customer_email as a string', async () => {
    const { data } = await call(box.sb, 'GET', '/trackings/get');
    const inAccount = SEEDED_SHIPMENTS.filter((s) => s.inDemoAccount);
    expect(data.total).toBe(String(inAccount.length));
    const ups = data.items.find((i: any) => i.tracking_number === SEED.ups);
    expect(ups).toMatchObject({ customer_email: 'alex.morgan@example.com', status_info: null, track_update: true });
    expect(ups).not.toHaveProperty('destination_info');
  });

  it('filters on status and archived, and answers 4033 for a bad status', async () => {
    const delivered = await call(box.sb, 'GET', '/trackings/get?status=delivered');
    expect(delivered.data.items.every((i: any) => i.status === 'delivered')).toBe(true);
    expect(delivered.data.count).toBe(SEEDED_SHIPMENTS.filter((s) => s.inDemoAccount && s.status === 'delivered').length);
    const archived = await call(box.sb, 'GET', '/trackings/get?archived=true');
    expect(archived.data.items.map((i: any) => i.tracking_number)).toEqual([SEED.dhl]);
    expect((await call(box.sb, 'GET', '/trackings/get?status=lost')).meta.code).toBe(4033);
  });

  it('filters on the created_at window in Unix seconds', async () => {
    const since = Math.floor(Date.parse('2026-11-19T00:00:00Z') / 1000);
    const { data } = await call(box.sb, 'GET', `/trackings/get?created_at_min=${since}`);
    expect(data.items.map((i: any) => i.tracking_number).sort()).toEqual([SEED.ups, SEED.usps, SEED.inpost].sort());
  });
});

describe('bulk endpoints', () => {
  it('updatemore updates known items and reports unknown ones', async () => {
    const r = await call(box.sb, 'POST', '/trackings/updatemore', {
      body: [{ tracking_number: SEED.ups, carrier_code: 'ups', title: 'Bulk' }, { tracking_number: SEED.dhlNotInAccount, carrier_code: 'dhl' }],
    });
    expect(r.data).toMatchObject({ submitted: 2, updated: 1 });
    expect(r.data.errors).toEqual([expect.objectContaining({ tracking_number: SEED.dhlNotInAccount, code: 4017 })]);
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).data.title).toBe('Bulk');
  });

  it('delete removes many and answers per-item meta', async () => {
    const r = await call(box.sb, 'POST', '/trackings/delete', { body: [{ tracking_number: SEED.ups, carrier_code: 'ups' }, { tracking_number: 'XX000000', carrier_code: 'ups' }] });
    expect(r.data).toMatchObject({ submitted: 2, delete: 1 });
    expect(r.data.trackings.map((t: any) => t.meta.code)).toEqual([200, 4017]);
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).meta.code).toBe(4031);
  });

  it('notupdate stops tracking updates', async () => {
    const r = await call(box.sb, 'POST', '/trackings/notupdate', { body: [{ tracking_number: SEED.usps, carrier_code: 'usps' }] });
    expect(r.data).toMatchObject({ submitted: 1, change: 1 });
    expect((await call(box.sb, 'GET', `/trackings/usps/${SEED.usps}`)).data.track_update).toBe(false);
  });

  it('answers 4020 for more than 200 items', async () => {
    const body = Array.from({ length: 201 }, () => ({ tracking_number: SEED.ups, carrier_code: 'ups' }));
    expect((await call(box.sb, 'POST', '/trackings/notupdate', { body })).meta.code).toBe(4020);
  });
});

describe('POST /trackings/realtime', () => {
  it('answers data for a number the account lacks (the 4031-then-realtime path)', async () => {
    const r = await call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: SEED.dhlNotInAccount, carrier_code: 'dhl' } });
    expect(r.meta.code).toBe(200);
    const [item] = r.data.items;
    expect(item).toMatchObject({ tracking_number: SEED.dhlNotInAccount, status: 'transit', order_create_time: '', destination_code: 'IT', packageStatus: null });
    expect(item).not.toHaveProperty('created_at');
    expect(item.origin_info.trackinfo.length).toBe(3);
  });

  it('answers notfound with empty trackinfo for a number nobody knows', async () => {
    const [item] = (await call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: 'QQ999999999', carrier_code: 'ups' } })).data.items;
    expect(item).toMatchObject({ status: 'notfound', lastEvent: '', itemTimeLength: null });
    expect(item.origin_info.trackinfo).toEqual([]);
  });

  it('serves the cached answer for the same number within 2 hours', async () => {
    const ask = async () => (await call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: SEED.usps, carrier_code: 'usps' } })).data.items[0].status;
    box.sb.advance(3);
    expect(await ask()).toBe('transit');
    box.sb.advance(1.5); // the carrier now says pickup (+4 h), but the answer at +3 h is reused
    expect(await ask()).toBe('transit');
    box.sb.advance(1);
    expect(await ask()).toBe('pickup');
  });

  it('validates like post and answers 4021 without quota', async () => {
    expect((await call(box.sb, 'POST', '/trackings/realtime', { body: { carrier_code: 'ups' } })).meta.code).toBe(4013);
    expect((await call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: SEED.ups, carrier_code: 'zz' } })).meta.code).toBe(4015);
    await hook(box.sb, 'POST', 'config', { quota: 0 });
    expect((await call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: SEED.ups, carrier_code: 'ups' } })).meta.code).toBe(4021);
  });
});

describe('POST /trackings/update (carrier)', () => {
  it('changes the carrier and answers the Usertag quirk', async () => {
    const r = await call(box.sb, 'POST', '/trackings/update', { body: { tracking_number: SEED.ups, carrier_code: 'ups', update_carrier_code: 'dhl' } });
    expect(r.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Success' }, data: { Usertag: '' } });
    expect((await call(box.sb, 'GET', `/trackings/dhl/${SEED.ups}`)).meta.code).toBe(200);
  });

  it('answers 4017, 4015 and 4016', async () => {
    const upd = async (body: object) => (await call(box.sb, 'POST', '/trackings/update', { body })).meta.code;
    expect(await upd({ tracking_number: SEED.dhlNotInAccount, carrier_code: 'dhl', update_carrier_code: 'ups' })).toBe(4017);
    expect(await upd({ tracking_number: SEED.ups, carrier_code: 'ups', update_carrier_code: 'nope' })).toBe(4015);
    await call(box.sb, 'POST', '/trackings/post', { body: { tracking_number: SEED.ups, carrier_code: 'dhl' } });
    expect(await upd({ tracking_number: SEED.ups, carrier_code: 'ups', update_carrier_code: 'dhl' })).toBe(4016);
  });
});

describe('account endpoints', () => {
  it('getuserinfo answers regtime as a string and the remaining quota', async () => {
    const r = await call(box.sb, 'GET', '/trackings/getuserinfo');
    expect(r.data).toMatchObject({ email: expect.any(String), regtime: expect.stringMatching(/^\d+$/), money: 999, track_number: 10_000 });
  });

  it('getstatusnumber counts per status over GET and POST', async () => {
    const viaGet = (await call(box.sb, 'GET', '/trackings/getstatusnumber')).data;
    expect(Object.keys(viaGet)).toEqual(['pending', 'notfound', 'transit', 'pickup', 'delivered', 'undelivered', 'exception', 'expired']);
    expect(viaGet).toMatchObject({ notfound: 1, exception: 1, undelivered: 1, pickup: 2 });
    const viaPost = (await call(box.sb, 'POST', '/trackings/getstatusnumber', { body: { created_at_min: 1_800_000_000 } })).data;
    expect(Object.values(viaPost).every((n) => n === 0)).toBe(true);
  });
});

describe('remote, costtime, aircargo', () => {
  it('remote reports remote postcodes per carrier and echoes the rest', async () => {
    const r = await call(box.sb, 'POST', '/trackings/remote', { body: [{ country: 'JP', postcode: '7621094' }, { country: 'DE', postcode: '10115' }] });
    expect(r.meta.message).toBe('The request was successful.');
    expect(r.data).toEqual({
      submitted: 2,
      other: [{ country: 'DE', postcode: '10115' }],
      remote: [
        { far_express_company: 'ups', two_code: 'JP', far_country: 'Japan', far_city_postcode: '7621094' },
        { far_express_company: 'tnt', two_code: 'JP', far_country: 'Japan', far_city_postcode: '7621094' },
      ],
    });
  });

  it('costtime answers one entry per requested route, 4015 for a bad carrier', async () => {
    const r = await call(box.sb, 'POST', '/trackings/costtime', { body: [{ carrier_code: 'china-post', original: 'CN', destination: 'PL' }] });
    expect(r.data).toEqual([expect.objectContaining({ carrier_code: 'china-post', original: 'CN', destination: 'PL', total: expect.any(Number), range1: expect.any(String) })]);
    expect((await call(box.sb, 'POST', '/trackings/costtime', { body: [{ carrier_code: 'x' }] })).meta.code).toBe(4015);
  });

  it('aircargo answers the seed reply for 172-28891936', async () => {
    const { SEED_AWB_ENTRY } = await import('../../../sandbox/seed-vendor-docs');
    const r = await call(box.sb, 'POST', '/trackings/aircargo', { body: { track_number: ['172-28891936', '172-28891936'], lang: 'en' } });
    expect(r.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Request Success' }, data: { '172-28891936': SEED_AWB_ENTRY } });
    const single = await call(box.sb, 'POST', '/trackings/aircargo', { body: { track_number: '17228891936' } });
    expect(single.data['172-28891936'].return_data.flight_way_station).toEqual(['XMN', 'LUX', 'MXP']);
    expect(single.data['172-28891936'].airline_info.name).toBe('Cargolux Airlines');
  });

  it('aircargo answers 4013 without a number and 4014 for a malformed one', async () => {
    expect((await call(box.sb, 'POST', '/trackings/aircargo', { body: {} })).meta.code).toBe(4013);
    expect((await call(box.sb, 'POST', '/trackings/aircargo', { body: { track_number: ['12-345'] } })).meta.code).toBe(4014);
  });
});

describe('carriers', () => {
  it('lists carriers with a code-only meta', async () => {
    const r = await call(box.sb, 'GET', '/carriers');
    expect(r.meta).toEqual({ code: 200 });
    const codes = r.data.map((c: any) => c.code);
    for (const code of ['ups', 'usps', 'dhl', 'china-post', 'cainiao', 'postnl-3s', 'poste-italiane', 'russian-post', 'poczta-polska', 'inpost-paczkomaty', '4px', 'sto']) {
      expect(codes).toContain(code);
    }
    expect(Object.keys(r.data[0])).toEqual(['name', 'code', 'phone', 'homepage', 'type', 'picture']);
  });

  it('detects carriers, best first, and answers 4032 / 4013', async () => {
    const detect = (tracking_number?: string) => call(box.sb, 'POST', '/carriers/detect', { body: { tracking_number } });
    expect((await detect(SEED.ups)).data).toEqual([{ name: 'UPS', code: 'ups' }]);
    expect((await detect(SEED.fourPx)).data[0].code).toBe('4px');
    expect((await detect(SEED.sto)).data[0].code).toBe('sto');
    expect((await detect(SEED.russianPost)).data[0].code).toBe('russian-post');
    expect((await detect('HELLO')).meta.code).toBe(4032);
    expect((await detect()).meta.code).toBe(4013);
  });
});
