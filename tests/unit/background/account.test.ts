// @vitest-environment node
// The key check against the sandbox over HTTP: v4 proves a key with one cheap call, and a TrackingMore key
// rejected by one API version is tried once against the other, which the reply names.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '@/sandbox/server';
import { checkKey, summariseTransit } from '@/utils/background/account';
import { isApiError } from '@/utils/api/api-error';
import { DEMO_KEYS, sandbox } from './helpers';

let sb: SandboxHandle;
beforeAll(async () => {
  sb = await sandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const paths = () => sb.log().map((e) => `${e.method} ${e.path}`);

describe('checkKey', () => {
  it('accepts a v4 key with one list call and no account details', async () => {
    const r = await checkKey({ provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmoreV4, endpoint: sb.trackingmoreV4Url });
    expect(r).toEqual({ email: null, remaining: null, balance: null, registeredAt: null });
    expect(paths()).toEqual(['GET /v4/trackings/get']);
  });

  it('says a v2 key checked as v4 belongs to v2, with the v2 endpoint', async () => {
    const r = await checkKey({ provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmore, endpoint: sb.trackingmoreV4Url });
    expect(r.belongsTo).toEqual({ provider: 'trackingmore-v2', endpoint: sb.trackingmoreUrl });
    expect(r.remaining).toBe(10_000);
    expect(paths()).toEqual(['GET /v4/trackings/get', 'GET /v2/trackings/getuserinfo']);
  });

  it('says a v4 key checked as v2 belongs to v4', async () => {
    const r = await checkKey({ provider: 'trackingmore-v2', apiKey: DEMO_KEYS.trackingmoreV4, endpoint: `${sb.trackingmoreUrl}/` });
    expect(r.belongsTo).toEqual({ provider: 'trackingmore-v4', endpoint: sb.trackingmoreV4Url });
  });

  it('reports the first rejection when neither version takes the key, trying each once', async () => {
    const error = await checkKey({ provider: 'trackingmore-v4', apiKey: 'nope', endpoint: sb.trackingmoreV4Url }).catch((e: unknown) => e);
    expect(isApiError(error, 'auth') && error.code).toBe(401);
    expect(paths()).toEqual(['GET /v4/trackings/get', 'GET /v2/trackings/getuserinfo']);
  });

  it('does not cross-check TrackRU keys, nor an endpoint that names no version', async () => {
    await expect(checkKey({ provider: 'trackru-v1', apiKey: 'nope', endpoint: sb.trackruUrl })).rejects.toMatchObject({ kind: 'auth' });
    // The sandbox serves no API under /proxy (a 404 page): one refusal, no second version tried.
    await expect(checkKey({ provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmore, endpoint: `${sb.url}/proxy` })).rejects.toMatchObject({ code: 404 });
    expect(paths()).toEqual(['GET /v1/trackings/get']);
  });
});

describe('summariseTransit', () => {
  it('reads shares written as "23%" and as numbers: fastest to slowest non-empty range', () => {
    const lane = { carrier_code: 'ups', original: 'US', destination: 'US', total: 900, delivered: 800 };
    expect(summariseTransit({ ...lane, range1: '23%', range3: '40%', range4: '0%' } as never)).toEqual({ minDays: 0, maxDays: 15, samples: 900 });
    expect(summariseTransit({ ...lane, range1: 0, range3: 12.5, range4: 30 } as never)).toEqual({ minDays: 7, maxDays: 30, samples: 900 });
    expect(summariseTransit({ ...lane } as never)).toEqual({ minDays: null, maxDays: null, samples: 900 });
  });
});
