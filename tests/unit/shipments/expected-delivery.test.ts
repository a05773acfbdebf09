// @vitest-environment node
// The carrier's expected delivery day, from the reply to the Shipment: v4's `scheduled_delivery_date` over
// real HTTP against the sandbox, the forms the (unconfirmed) field may take, and v2, whose contract has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { startSandbox, type SandboxHandle } from '@/sandbox/server';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { createTrackingClient, type TrackingClientOptions } from '@/utils/api';
import { SingleGetSchema } from '@/utils/api/schema/tracking';
import { toTracking } from '@/utils/api/v4/to-neutral';
import { Tracking4Schema } from '@/utils/api/v4/v4-replies';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import single4px from '@/tests/fixtures/api-trackingmore-get-4px.json';

let sb: SandboxHandle;
beforeAll(async () => {
  sb = await startSandbox({ now: new Date('2026-11-20T12:00:00Z') });
});
afterAll(() => sb.close());

const FAST: Partial<TrackingClientOptions> = {
  timing: { retryDelayMs: () => 5, timeoutMs: 2_000, totalTimeoutMs: 5_000 },
  rateLimits: { intervalMs: 0, realtimeIntervalMs: 0 },
};
const client = (provider: 'trackingmore-v4' | 'trackingmore-v2') =>
  provider === 'trackingmore-v4'
    ? createTrackingClient({ provider, apiKey: DEMO_KEYS.trackingmoreV4, baseUrl: sb.trackingmoreV4Url, ...FAST })
    : createTrackingClient({ provider, apiKey: DEMO_KEYS.trackingmore, baseUrl: sb.trackingmoreUrl, ...FAST });

/** A minimal v4 tracking as the contract's §4.3 capture has it, with `scheduled_delivery_date` set. */
function v4Reply(scheduled: unknown) {
  return {
    id: '9a73b452e03c2c724414f3859fad1c2c', tracking_number: 'TBA308626148196', courier_code: 'amazon',
    delivery_status: 'transit', archived: 'tracking', scheduled_delivery_date: scheduled,
    origin_info: { courier_code: 'amazon', trackinfo: [{ checkpoint_date: '2026-11-28T10:00:00', tracking_detail: 'Shipped', checkpoint_delivery_status: 'transit' }] },
    destination_info: null,
  };
}
const expectedOf = (scheduled: unknown) => normalizeTracking(toTracking(v.parse(Tracking4Schema, v4Reply(scheduled)))).expectedDelivery;

describe('expected delivery day', () => {
  it('v4 over HTTP: the sandbox UPS parcel carries its day, USPS none', async () => {
    const ups = normalizeTracking(await client('trackingmore-v4').getTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }));
    expect(ups.expectedDelivery).toBe('2026-11-21'); // epoch 12:00 + 14 h
    const usps = normalizeTracking(await client('trackingmore-v4').getTracking({ tracking_number: SEED.usps, carrier_code: 'usps' }));
    expect(usps.expectedDelivery).toBeNull();
  });

  it('v2 over HTTP and the v2 doc reply: no such field, so no day', async () => {
    const ups = normalizeTracking(await client('trackingmore-v2').getTracking({ tracking_number: SEED.ups, carrier_code: 'ups' }));
    expect(ups.expectedDelivery).toBeNull();
    expect(normalizeTracking(v.parse(SingleGetSchema, single4px.data)).expectedDelivery).toBeNull();
  });

  it('reads a day, a zone-less time (the carrier-local day) and an instant', () => {
    expect(expectedOf('2026-12-03')).toBe('2026-12-03');
    expect(expectedOf('2026-12-03T18:00:00')).toBe('2026-12-03');
    expect(expectedOf('2026-12-03 23:30')).toBe('2026-12-03');
    expect(expectedOf('2026-12-03T12:00:00+00:00')).toMatch(/^2026-12-0[34]$/); // the viewer's day
  });

  it('ignores missing, empty, malformed and placeholder values instead of showing a wrong day', () => {
    for (const bad of [undefined, null, '', 'soon', 'Thursday', '2026-13-02', '03/12/2026', 20261203, '0001-01-01T00:00:00', '9999-12-31']) {
      expect(expectedOf(bad), String(bad)).toBeNull();
    }
    // Something that is not text at all is no day either, and the rest of the tracking still reads.
    const t = normalizeTracking(toTracking(v.parse(Tracking4Schema, v4Reply({ day: 3 }))));
    expect(t).toMatchObject({ number: 'TBA308626148196', status: 'transit', expectedDelivery: null });
  });

  it('is bounded: a huge value is no date and keeps nothing of itself', () => {
    expect(expectedOf('x'.repeat(100_000))).toBeNull();
    expect(expectedOf(`2026-12-03${'9'.repeat(100_000)}`)?.length).toBe(10);
  });
});
