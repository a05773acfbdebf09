// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../../../sandbox/demo-keys';
import { SEED } from '../../../sandbox/seed-data';
import { call, hook, useSandbox } from './helpers';

const box = useSandbox();
const list = () => fetch(`${box.sb.trackingmoreUrl}/trackings/get`, { headers: { 'Trackingmore-Api-Key': DEMO_KEYS.trackingmore } });

describe('faults', () => {
  it.each([
    ['500', 500, 500],
    ['503', 503, 503],
    ['429', 200, 429],
    ['quota', 200, 4021],
    ['revoked', 200, 4002],
  ])('%s fails the next matching reply once (HTTP %i, meta %i)', async (kind, status, code) => {
    await hook(box.sb, 'POST', 'faults', { kind, count: 1, path: '/v2/trackings/get' });
    expect((await call(box.sb, 'GET', '/trackings/getuserinfo')).meta.code).toBe(200); // other path untouched
    const failed = await call(box.sb, 'GET', '/trackings/get');
    expect([failed.status, failed.meta.code, failed.data]).toEqual([status, code, []]);
    expect((await call(box.sb, 'GET', '/trackings/get')).meta.code).toBe(200);
  });

  it('malformed answers truncated JSON', async () => {
    box.sb.setFaults({ kind: 'malformed' });
    const res = await list();
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('html answers a gateway error page', async () => {
    box.sb.setFaults({ kind: 'html' });
    const res = await list();
    expect([res.status, res.headers.get('content-type')]).toEqual([502, 'text/html']);
    expect(await res.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('drop closes the connection without a reply and logs status 0', async () => {
    box.sb.setFaults({ kind: 'drop' });
    await expect(list()).rejects.toThrow();
    expect(box.sb.log().at(-1)).toMatchObject({ endpoint: 'list', status: 0, metaCode: null });
  });

  it('delay holds the reply for delayMs, then answers normally', async () => {
    await hook(box.sb, 'POST', 'faults', { kind: 'delay', delayMs: 30_000 });
    await expect(fetch(`${box.sb.trackingmoreUrl}/trackings/get`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await hook(box.sb, 'POST', 'faults', { kind: 'delay', delayMs: 20 });
    expect((await call(box.sb, 'GET', '/trackings/get')).meta.code).toBe(200);
  });

  it('counts down, applies to every API path without a path, and can be cleared', async () => {
    await hook(box.sb, 'POST', 'faults', { kind: '503', count: 2 });
    expect((await call(box.sb, 'GET', '/carriers')).status).toBe(503);
    expect((await call(box.sb, 'GET', '/carriers', { api: 'v1' })).status).toBe(503);
    expect((await call(box.sb, 'GET', '/carriers')).status).toBe(200);
    await hook(box.sb, 'POST', 'faults', { kind: '500', count: 5 });
    await hook(box.sb, 'DELETE', 'faults');
    expect((await call(box.sb, 'GET', '/carriers')).status).toBe(200);
  });

  it('rejects an unknown kind', async () => {
    expect((await hook(box.sb, 'POST', 'faults', { kind: 'meteor' })).status).toBe(400);
  });
});

describe('rate limiting', () => {
  it('is off by default', async () => {
    for (let i = 0; i < 3; i++) expect((await call(box.sb, 'GET', '/trackings/get')).meta.code).toBe(200);
  });

  it('allows 1 req/s per key in general and 3 req/s for realtime', async () => {
    await hook(box.sb, 'POST', 'config', { rateLimit: true });
    expect((await call(box.sb, 'GET', '/trackings/get')).meta.code).toBe(200);
    const limited = await call(box.sb, 'GET', '/trackings/getuserinfo');
    expect(limited.json).toEqual({ meta: { code: 429, type: 'Too Many Requests', message: 'Too Many Requests' }, data: [] });
    expect(limited.status).toBe(200);
    expect((await call(box.sb, 'GET', '/trackings/get', { key: DEMO_KEYS.empty })).meta.code).toBe(200); // other key
    const realtime = () => call(box.sb, 'POST', '/trackings/realtime', { body: { tracking_number: SEED.ups, carrier_code: 'ups' } });
    expect([(await realtime()).meta.code, (await realtime()).meta.code, (await realtime()).meta.code, (await realtime()).meta.code]).toEqual([200, 200, 200, 429]);
    await hook(box.sb, 'POST', 'advance', { seconds: 1 });
    expect((await call(box.sb, 'GET', '/trackings/get')).meta.code).toBe(200);
  });

  it('mirrors 429 as HTTP status when switched on', async () => {
    await hook(box.sb, 'POST', 'config', { rateLimit: true, mirrorHttpStatus: true });
    await call(box.sb, 'GET', '/trackings/get');
    expect((await call(box.sb, 'GET', '/trackings/get')).status).toBe(429);
  });
});

describe('log, reset, config, CORS', () => {
  it('logs API calls by endpoint and clears the log', async () => {
    await call(box.sb, 'GET', '/trackings/get');
    await call(box.sb, 'POST', '/trackings/get', { body: {} });
    await call(box.sb, 'GET', `/trackings/ups/${SEED.dhlNotInAccount}`);
    await call(box.sb, 'GET', '/trackings/getuserinfo', { api: 'v1' });
    const { json } = await hook(box.sb, 'GET', 'log');
    expect(json).toEqual([
      { method: 'GET', path: '/v2/trackings/get', api: 'v2', endpoint: 'list', status: 200, metaCode: 200, at: '2026-11-21T12:00:00.000Z' },
      { method: 'POST', path: '/v2/trackings/get', api: 'v2', endpoint: 'list', status: 200, metaCode: 200, at: '2026-11-21T12:00:00.000Z' },
      expect.objectContaining({ endpoint: 'get', metaCode: 4031 }),
      expect.objectContaining({ api: 'v1', endpoint: 'unknown', status: 404 }),
    ]);
    await hook(box.sb, 'DELETE', 'log');
    expect(box.sb.log()).toEqual([]);
  });

  it('reset restores the seed accounts, the clock and the settings', async () => {
    await call(box.sb, 'DELETE', `/trackings/ups/${SEED.ups}`);
    await hook(box.sb, 'POST', 'config', { quota: 1, mirrorHttpStatus: true });
    box.sb.advance(48);
    const reset = await hook(box.sb, 'POST', 'reset');
    expect(reset.json.now).toBe('2026-11-21T12:00:00.000Z');
    expect((await call(box.sb, 'GET', `/trackings/ups/${SEED.ups}`)).data.status).toBe('transit');
    expect((await hook(box.sb, 'GET', 'config')).json).toMatchObject({ quota: 10_000, mirrorHttpStatus: false, rateLimit: false, singleGetArray: false });
  });

  it('rejects bad config values', async () => {
    expect((await hook(box.sb, 'POST', 'config', { rateLimit: 'yes' })).status).toBe(400);
    expect((await hook(box.sb, 'POST', 'config', { quota: -1 })).status).toBe(400);
  });

  it('sends CORS headers on API, hook and shop routes, and answers preflight', async () => {
    for (const path of ['/v2/trackings/get', '/v1/trackings/get', '/__sandbox/log', '/shop/en/orders']) {
      const res = await fetch(box.sb.url + path);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
    const pre = await fetch(`${box.sb.trackingmoreUrl}/trackings/post`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'trackingmore-api-key,content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Trackingmore-Api-Key.*Api-Key.*Content-Type/);
    expect(box.sb.log()).toHaveLength(2); // the preflight is not logged
  });
});
