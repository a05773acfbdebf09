// @vitest-environment node
// Switching provider v2 → v4 with 20 pinned parcels: re-created in the new account in batches, with
// progress; stopped halfway, it resumes without re-sending what was done and loses no pin.
import { describe, expect, it } from 'vitest';
import { bulkProgressItem, bulkQueueItem } from '@/utils/background/bulk/bulk-state';
import { resumeBulk, runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { recreatePins } from '@/utils/background/bulk/recreate';
import { readWatchlist } from '@/utils/watchlist/store';
import { useBackgroundHarness } from '../../harness';
import { configure, DEMO_KEYS, numbers } from '../helpers';

const sb = useBackgroundHarness();

async function pinTwentyOnV2() {
  await configure(sb, { apiKey: DEMO_KEYS.empty });
  await startBulk(numbers(20, 'TPS').map((n) => ({ number: n, carrier: 'dhl', title: `Parcel ${n}` })));
  await runBulk();
  expect(Object.keys(await readWatchlist())).toHaveLength(20);
  await configure(sb, { provider: 'trackingmore-v4', apiKey: DEMO_KEYS.emptyV4, endpoint: sb.trackingmoreV4Url });
  sb.clearLog();
}

async function v4Count(): Promise<number> {
  const res = await fetch(`${sb.trackingmoreV4Url}/trackings/get`, { headers: { 'Tracking-Api-Key': DEMO_KEYS.emptyV4 } });
  return (await res.json()).data.length;
}

describe('re-create pins after a provider switch', () => {
  it('re-creates all 20 pinned parcels in the new account, titles included, and stores their v4 ids', async () => {
    await pinTwentyOnV2();
    const started = await recreatePins();
    expect(started).toMatchObject({ total: 20, state: 'running' });
    const final = await runBulk();
    expect(final).toMatchObject({ total: 20, done: 20, added: 20, state: 'done', failed: [] });
    expect(await v4Count()).toBe(20);
    const pins = Object.values(await readWatchlist());
    expect(pins).toHaveLength(20);
    expect(pins.every((p) => p.remote?.provider === 'trackingmore-v4' && /^[0-9a-f]{32}$/.test(p.remote.id))).toBe(true);
    expect(pins.every((p) => p.title?.startsWith('Parcel '))).toBe(true);
    expect(sb.log().filter((e) => e.endpoint === 'batch')).toHaveLength(1);
  });

  it('resumes after stopping halfway: the rest is sent once, nothing is lost', async () => {
    await pinTwentyOnV2();
    const pinned = Object.values(await readWatchlist());
    // What a worker killed after the first half left behind: 10 created, 10 still queued.
    const first = pinned.slice(0, 10).map((p) => ({ number: p.number, carrier: p.carrier, kind: 'parcel' as const }));
    const rest = pinned.slice(10).map((p) => ({ number: p.number, carrier: p.carrier, kind: 'parcel' as const }));
    await startBulk(first);
    await runBulk();
    await bulkProgressItem.setValue({ jobId: 'switch-1', total: 20, done: 10, added: 10, failed: [], state: 'running' });
    await bulkQueueItem.setValue({ jobId: 'switch-1', pending: rest });
    sb.clearLog();
    await resumeBulk();
    expect(await bulkProgressItem.getValue()).toMatchObject({ done: 20, added: 20, state: 'done' });
    const sent = sb.log().filter((e) => e.endpoint === 'batch');
    expect(sent).toHaveLength(1);
    expect(await v4Count()).toBe(20);
    expect(Object.keys(await readWatchlist())).toHaveLength(20);
  });

  it('counts parcels already in the new account (4101) as re-created', async () => {
    await pinTwentyOnV2();
    await recreatePins();
    await runBulk();
    await recreatePins();
    expect(await runBulk()).toMatchObject({ done: 20, added: 20, failed: [] });
  });
});
