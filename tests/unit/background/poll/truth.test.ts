// @vitest-environment node
// One truth after a poll: what the poll saved is what details (the lookup), the list and the
// notification say; the time of the last check moves with every poll, even one that wrote nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEED } from '@/sandbox/seed-data';
import { pin } from '@/utils/background/pins';
import { lookup } from '@/utils/background/lookup';
import { pollRun } from '@/utils/background/poll/poller';
import { readPollState } from '@/utils/background/poll/poll-state';
import { status } from '@/utils/background/status-reply';
import { saveSettings } from '@/utils/background/settings-ops';
import { updateWatchlist } from '@/utils/background/transaction';
import { readListIndex, readWatchlist, WATCHLIST_KEYS } from '@/utils/watchlist/store';
import { QUOTA_PAUSE_MS } from '@/utils/background/poll/poller';
import { calls, DEMO_KEYS, notifications } from '../helpers';
import { refuseWritesOf } from '../quota';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness();
afterEach(() => vi.restoreAllMocks());

async function pinnedUps() {
  await lookup({ number: SEED.ups }); // search…
  await pin({ number: SEED.ups, title: 'Mechanical keyboard' }); // …pin
  await pollRun(); // baseline
  sb.clearLog();
}

describe('after a poll brings news', () => {
  it('details (served from the cache, no API call), the list and the notification show the same event', async () => {
    await pinnedUps();
    sb.advance(7); // transit → out for delivery, with a new event
    await pollRun();
    const [note] = Object.values(await notifications());
    expect(note?.title).toBe('Out for delivery: Mechanical keyboard');

    sb.clearLog();
    const details = await lookup({ number: SEED.ups, carrier: 'ups' });
    expect(calls(sb, 'get') + calls(sb, 'realtime')).toBe(0); // the 10-min cache answered…
    const pinned = Object.values(await readWatchlist())[0]!;
    expect(details.shipment).toEqual(pinned.shipment); // …with the poll's data
    expect(details.shipment.status).toBe('pickup');
    const row = (await readListIndex())![0]!;
    expect(row.status).toBe(details.shipment.status);
    expect(row.lastEvent?.description).toBe(details.shipment.events[0]!.description);
    expect(note?.message).toContain(details.shipment.events[0]!.description);
  });

  it('a refresh in details updates the pin, so the list agrees', async () => {
    await pinnedUps();
    sb.advance(7);
    const fresh = await lookup({ number: SEED.ups, carrier: 'ups', refresh: true });
    expect(Object.values(await readWatchlist())[0]!.shipment).toEqual(fresh.shipment);
  });
});

describe('notifications', () => {
  it('the same change seen by two polls is notified once', async () => {
    await pinnedUps();
    const baseline = Object.values(await readWatchlist())[0]!;
    sb.advance(7);
    await pollRun();
    const first = Object.keys(await notifications());
    expect(first).toHaveLength(1);
    await fakeBrowser.notifications.clear(first[0]!); // the user dismissed it
    // The provider's data went back (or the save was lost): the next poll sees the same change again.
    await updateWatchlist((w) => void (w[baseline.key] = { ...w[baseline.key]!, shipment: baseline.shipment }));
    await pollRun();
    expect(Object.values(await readWatchlist())[0]!.shipment?.status).toBe('pickup');
    expect(Object.keys(await notifications())).toHaveLength(0);
  });
});

describe('the time of the last check', () => {
  it('moves with a poll that found nothing new, which writes no watchlist', async () => {
    await pinnedUps();
    const before = (await lookup({ number: SEED.ups, carrier: 'ups' })).checkedAt!;
    const writes: string[][] = [];
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes.push(Object.keys(items as object));
      return real(items);
    });
    await new Promise((r) => setTimeout(r, 5));
    await pollRun();
    expect(calls(sb, 'list')).toBe(1); // it did check
    expect(writes.some((keys) => keys.includes(WATCHLIST_KEYS.watchlist))).toBe(false);
    const after = (await lookup({ number: SEED.ups, carrier: 'ups' })).checkedAt!;
    expect(after).toBeGreaterThan(before);
    expect(after).toBe((await readPollState()).checkedAt[`ups:${SEED.ups}`]);
  });
});

describe('a full storage during a poll', () => {
  it('keeps every pin, finishes the run, reports storage-full, and does not fetch the same chunk for ever', async () => {
    await pinnedUps();
    const before = await readWatchlist();
    sb.advance(7);
    refuseWritesOf(WATCHLIST_KEYS.watchlist); // room for the small poll state, not for the news
    expect(await pollRun()).toBe('done');
    const kept = await readWatchlist();
    expect(Object.keys(kept)).toEqual(Object.keys(before));
    expect(Object.values(kept)[0]!.shipment).toEqual(Object.values(before)[0]!.shipment);
    const s = await status();
    expect(s.lastPollError?.kind).toBe('storage-full');
    expect(s.lastPollError?.message).toMatch(/^Trackpin's storage is full: /);
    expect(s.progress).toBeNull();
    vi.restoreAllMocks();
    sb.clearLog();
    expect(await pollRun()).toBe('done'); // room again: the next run saves the news
    expect(calls(sb, 'list')).toBe(1);
    expect(Object.values(await readWatchlist())[0]!.shipment?.status).toBe('pickup');
    expect((await status()).lastPollError).toBeNull();
  });
});

describe('pauses', () => {
  it('a Retry-After of ten years pauses polling for 6 hours at most', async () => {
    await pinnedUps();
    sb.setFaults({ kind: '429', retryAfterS: 10 * 365 * 86_400, path: '/v2/trackings/get' });
    const t0 = Date.now();
    expect(await pollRun()).toBe('paused');
    const { pausedUntil } = await status();
    expect(pausedUntil).toBeGreaterThan(t0 + QUOTA_PAUSE_MS - 60_000);
    expect(pausedUntil).toBeLessThanOrEqual(Date.now() + QUOTA_PAUSE_MS);
  });

  it('is cleared when the key changes, so the new key polls at once', async () => {
    await pinnedUps();
    sb.setFaults({ kind: 'quota', path: '/v2/trackings/get' });
    expect(await pollRun()).toBe('paused');
    expect((await status()).pausedUntil).not.toBeNull();
    await saveSettings({ apiKey: DEMO_KEYS.trackingmore + 'x' });
    await saveSettings({ apiKey: DEMO_KEYS.trackingmore });
    const s = await status();
    expect(s.pausedUntil).toBeNull();
    expect(s.lastPollError).toBeNull();
    sb.clearLog();
    expect(await pollRun()).toBe('done');
    expect(calls(sb, 'list')).toBe(1);
  });
});
