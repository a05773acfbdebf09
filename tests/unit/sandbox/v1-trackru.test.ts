// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import { SEED } from '../../../sandbox/seed-data';
import { SEED_STO_PUT_REPLY, SEED_STO_PUT_REQUEST } from '../../../sandbox/seed-vendor-docs';
import { call, hook, useSandbox } from './helpers';

const box = useSandbox();
const v1 = { api: 'v1' as const };

describe('TrackRU v1', () => {
  it('answers the doc PUT example for sto/402934299065 field for field', async () => {
    const r = await call(box.sb, 'PUT', `/trackings/sto/${SEED.sto}`, { ...v1, body: SEED_STO_PUT_REQUEST });
    expect(r.json).toEqual({ meta: { code: 200, type: 'Success', message: 'Success' }, data: SEED_STO_PUT_REPLY });
    expect((await call(box.sb, 'GET', `/trackings/sto/${SEED.sto}`, v1)).data.status).toBe('exception');
  });

  it('authenticates with Api-Key and refuses TrackingMore keys', async () => {
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`, v1)).data.tracking_number).toBe(SEED.ups);
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`, { ...v1, key: DEMO_KEYS.trackingmore })).meta.code).toBe(4001);
  });

  it('serves its 7 tracking endpoints and the carrier endpoints', async () => {
    const created = await call(box.sb, 'POST', '/trackings/post', { ...v1, body: { tracking_number: 'RR123456785CN', carrier_code: 'china-post' } });
    expect(created.data.status).toBe('pending');
    const batch = await call(box.sb, 'POST', '/trackings/batch', { ...v1, body: [{ tracking_number: 'RR000000000CN', carrier_code: 'china-post' }] });
    expect(batch.meta.code).toBe(201);
    expect((await call(box.sb, 'GET', '/trackings/get?limit=2', v1)).data).toMatchObject({ limit: 2, count: 2 });
    expect((await call(box.sb, 'POST', '/trackings/get', { ...v1, body: { limit: 3 } })).data.count).toBe(3);
    const rt = await call(box.sb, 'POST', '/trackings/realtime', { ...v1, body: { tracking_number: SEED.russianPost, carrier_code: 'russian-post' } });
    expect(rt.data.items[0].status).toBe('exception');
    expect((await call(box.sb, 'DELETE', '/trackings/china-post/RR123456785CN', v1)).data).toEqual([]);
    expect((await call(box.sb, 'GET', '/carriers/', v1)).data.length).toBeGreaterThan(10);
  });

  it('has no carrier detection (undocumented for TrackRU): an unknown path', async () => {
    const r = await call(box.sb, 'POST', '/carriers/detect', { ...v1, body: { tracking_number: SEED.inpost } });
    expect([r.status, r.meta.code]).toEqual([404, 404]);
  });

  it('answers the TrackingMore-only endpoints as unknown paths', async () => {
    for (const [method, path] of [['POST', '/trackings/aircargo'], ['GET', '/trackings/getuserinfo'], ['POST', '/trackings/updatemore'], ['POST', '/trackings/update']] as const) {
      const r = await call(box.sb, method, path, { ...v1, body: method === 'POST' ? {} : undefined });
      expect([r.status, r.meta.code, r.data]).toEqual([404, 404, []]);
    }
  });

  it('answers single GET with an array when the TrackRU quirk is on', async () => {
    await hook(box.sb, 'POST', 'config', { singleGetArray: true });
    const r = await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`, v1);
    expect(Array.isArray(r.data)).toBe(true);
    expect(r.data[0].tracking_number).toBe(SEED.ups);
    expect(Array.isArray((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).data)).toBe(false);
  });
});
