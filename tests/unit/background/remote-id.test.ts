// @vitest-environment node
// Pins on TrackingMore v4 remember the provider's id; a tracking gone from the account (or an id the provider
// no longer knows) is re-created by number, and the pin survives.
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { changeCarrier, edit, pin, setStatus } from '@/utils/background/pins';
import { readWatchlist } from '@/utils/watchlist/store';
import { useBackgroundHarness } from '../harness';
import { configure, DEMO_KEYS } from './helpers';

const sb = useBackgroundHarness();
const v4 = () => configure(sb, { provider: 'trackingmore-v4', apiKey: DEMO_KEYS.trackingmoreV4, endpoint: sb.trackingmoreV4Url });
const paths = () => sb.log().map((e) => `${e.method} ${e.path.replace(/[0-9a-f]{32}/, ':id')}`);

async function remoteId(number: string): Promise<string> {
  const res = await fetch(`${sb.trackingmoreV4Url}/trackings/get?tracking_numbers=${number}`, { headers: { 'Tracking-Api-Key': DEMO_KEYS.trackingmoreV4 } });
  return (await res.json()).data[0].id;
}

describe('provider ids on pins (v4)', () => {
  it('a new pin remembers the id the create reply gave, and later calls use it directly', async () => {
    await v4();
    const p = await pin({ number: 'TPNEW000001', carrier: 'dhl' });
    expect(p.remote).toEqual({ provider: 'trackingmore-v4', id: await remoteId('TPNEW000001') });
    sb.clearLog();
    await edit({ key: p.key, title: 'Books' });
    expect(paths()).toEqual(['PUT /v4/trackings/update/:id', 'GET /v4/trackings/get']);
  });

  it('a v2 pin has no id to remember', async () => {
    const p = await pin({ number: 'TPNEW000002', carrier: 'dhl' });
    expect(p.remote).toBeNull();
  });

  it('a tracking deleted from the account is re-created by number when the title is edited; the pin keeps its data', async () => {
    await v4();
    const p = await pin({ number: 'TPNEW000003', carrier: 'dhl', title: 'Old' });
    const id = p.remote!.id;
    await fetch(`${sb.trackingmoreV4Url}/trackings/delete/${id}`, { method: 'DELETE', headers: { 'Tracking-Api-Key': DEMO_KEYS.trackingmoreV4 } });
    sb.advance(1); // the sandbox derives ids from the creation time
    sb.clearLog();
    const edited = await edit({ key: p.key, title: 'New' });
    expect(paths()).toEqual([
      'PUT /v4/trackings/update/:id', // 4102: the stored id is gone
      'GET /v4/trackings/get', // not found by number either
      'POST /v4/trackings/create', // re-created
      'PUT /v4/trackings/update/:id',
      'GET /v4/trackings/get',
    ]);
    expect(edited.title).toBe('New');
    expect(edited.remote?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(edited.remote?.id).not.toBe(id);
    expect(Object.keys(await readWatchlist())).toEqual([p.key]);
  });

  it('a pin made on v4 with an unknown id for an existing tracking finds it by number', async () => {
    await v4();
    const p = await pin({ number: SEED.ups }); // 4101: already in the account, no id in the error
    expect(p.remote).toBeNull();
    sb.clearLog();
    const moved = await changeCarrier({ key: p.key, carrier: 'fedex' });
    expect(paths().slice(0, 2)).toEqual(['GET /v4/trackings/get', 'PUT /v4/trackings/update/:id']);
    expect(moved.key).toBe(`fedex:${SEED.ups}`);
  });

  it('marking delivered on v4 is local (v4 has no forced status) and sends nothing', async () => {
    await v4();
    const p = await pin({ number: SEED.usps });
    sb.clearLog();
    expect(await setStatus([p.key], 'delivered')).toEqual({ updated: 1 });
    expect(paths()).toEqual([]);
  });
});
