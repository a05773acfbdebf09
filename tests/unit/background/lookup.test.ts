// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { lookup } from '@/utils/background/lookup';
import { calls, configure, DEMO_KEYS, failure } from './helpers';
import { useBackgroundHarness } from '../harness';
import { forgetLimiters } from '@/utils/api/rate-limiter';

const sb = useBackgroundHarness();

describe('lookup', () => {
  it('returns the normalised shipment of a number in the account, with one getTracking call', async () => {
    const r = await lookup({ number: SEED.ups });
    expect(r.shipment.number).toBe(SEED.ups);
    expect(r.shipment.carrier.code).toBe('ups');
    expect(r.shipment.status).toBe('transit');
    expect(r.shipment.events.length).toBeGreaterThan(0);
    expect(r.fromCache).toBe(false);
    expect(r.pinned).toBe(false);
    expect(calls(sb, 'get')).toBe(1);
    expect(calls(sb, 'detect')).toBe(0); // the engine knew it is UPS
  });

  it('serves a repeated lookup within the TTL from the cache', async () => {
    await lookup({ number: SEED.ups });
    const again = await lookup({ number: SEED.ups });
    expect(again.fromCache).toBe(true);
    expect(calls(sb, 'get')).toBe(1);
    const forced = await lookup({ number: SEED.ups, refresh: true });
    expect(forced.fromCache).toBe(false);
    expect(calls(sb, 'get')).toBe(2);
  });

  it('shares one request between concurrent identical lookups', async () => {
    const [a, b, c] = await Promise.all([lookup({ number: SEED.ups }), lookup({ number: SEED.ups }), lookup({ number: SEED.ups })]);
    expect(a.shipment.number).toBe(SEED.ups);
    expect(b.shipment.status).toBe(a.shipment.status);
    expect(c.shipment.status).toBe(a.shipment.status);
    expect(calls(sb, 'get')).toBe(1);
  });

  it('asks detectCarrier for an ambiguous number, then falls back to realtime when the account lacks it (4031)', async () => {
    const r = await lookup({ number: SEED.dhlNotInAccount });
    expect(calls(sb, 'detect')).toBe(1);
    expect(calls(sb, 'get')).toBe(1);
    expect(calls(sb, 'realtime')).toBe(1);
    expect(r.shipment.carrier.code).toBe('dhl');
    expect(r.shipment.status).toBe('transit');
  });

  it('serves a realtime result again within 2 hours even when a refresh is asked', async () => {
    await lookup({ number: SEED.dhlNotInAccount, carrier: 'dhl' });
    const again = await lookup({ number: SEED.dhlNotInAccount, carrier: 'dhl', refresh: true });
    expect(again.fromCache).toBe(true);
    expect(calls(sb, 'realtime')).toBe(1);
  });

  it('tracks an air waybill through the aircargo endpoint with its flight legs', async () => {
    const r = await lookup({ number: SEED.awb });
    expect(calls(sb, 'aircargo')).toBe(1);
    expect(calls(sb, 'get')).toBe(0);
    expect(r.shipment.kind).toBe('awb');
    expect(r.shipment.air?.route).toEqual(['XMN', 'LUX', 'MXP']);
  });

  it('does not take an 11-digit number with a wrong AWB check digit for an air waybill', async () => {
    await lookup({ number: '172-28891937' }).catch(() => undefined);
    expect(calls(sb, 'aircargo')).toBe(0);
  });

  it('uses the carrier given by the caller without detection', async () => {
    const r = await lookup({ number: SEED.fourPx, carrier: '4px' });
    expect(calls(sb, 'detect')).toBe(0);
    expect(r.shipment.carrier.code).toBe('4px');
  });

  it('says clearly when no key is configured, without calling the API', async () => {
    await configure(sb, { apiKey: '' });
    const error = await failure(lookup({ number: SEED.ups }));
    expect(error.kind).toBe('no-key');
    expect(error.message).toMatch(/API key/);
    expect(sb.log()).toHaveLength(0);
  });

  it('maps a refused key to kind auth', async () => {
    await configure(sb, { apiKey: 'tm-wrong-key' });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('auth');
    await configure(sb, { apiKey: DEMO_KEYS.revoked });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('auth');
  });

  it('maps server, rate-limit, malformed and network failures to their kinds', async () => {
    sb.setFaults({ kind: '500' });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('server');
    sb.setFaults({ kind: '429' });
    const limited = await failure(lookup({ number: SEED.ups }));
    expect(limited.kind).toBe('rate-limited');
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    forgetLimiters(); // the client holds back every call for the key after a 429; start over as a fresh worker
    sb.setFaults({ kind: 'malformed' });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('malformed-reply');
    sb.setFaults({ kind: 'drop' });
    expect((await failure(lookup({ number: SEED.ups }))).kind).toBe('network');
    sb.setFaults([]);
    expect((await lookup({ number: SEED.ups })).shipment.number).toBe(SEED.ups);
  });

  it('answers text that is no tracking number at once, with no API call', async () => {
    for (const text of ['ZZ-NOT-A-NUMBER', 'hello world']) {
      const error = await failure(lookup({ number: text }));
      expect(error.kind).toBe('not-a-number');
      expect(error.message).toMatch(/does not look like a tracking number/);
    }
    expect(sb.log()).toHaveLength(0);
  });
});
