// @vitest-environment node
// A poll writes the watchlist once per chunk that brought something new, and never for a chunk that
// brought nothing: each watchlist write wakes every open popup (it reloads its list).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pollRun } from '@/utils/background/poll/poller';
import { planChunks } from '@/utils/background/poll/plan';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { updateWatchlist } from '@/utils/background/transaction';
import { readWatchlist, WATCHLIST_KEYS } from '@/utils/watchlist/store';
import { calls, configure, DEMO_KEYS, numbers } from '../helpers';
import { useBackgroundHarness } from '../../harness';

const sb = useBackgroundHarness();

afterEach(() => {
  vi.restoreAllMocks();
});

/** 200 pinned (5 chunks), with their first data from one poll. */
async function pinned200() {
  await configure(sb, { apiKey: DEMO_KEYS.empty });
  await startBulk(numbers(200, 'TPW').map((n) => ({ number: n, carrier: 'dhl' })));
  await runBulk();
}

/** Counts storage.local.set calls that write the watchlist, and the storage events a popup reacts to. */
function watchWrites() {
  const sets: string[][] = [];
  const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    sets.push(Object.keys(items as object));
    return real(items);
  });
  const events: string[][] = [];
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local') events.push(Object.keys(changes));
  });
  return {
    sets: () => sets.filter((keys) => keys.includes(WATCHLIST_KEYS.watchlist)).length,
    events: () => events.filter((keys) => keys.includes(WATCHLIST_KEYS.watchlist)).length,
    popupWakes: () => events.filter((keys) => keys.includes(WATCHLIST_KEYS.watchlist) || keys.includes(WATCHLIST_KEYS.listIndex)).length,
  };
}

describe('watchlist writes during a poll of 200 pinned', () => {
  it('one per chunk when every chunk brings data, none when nothing changed', async () => {
    await pinned200();
    const first = watchWrites();
    expect(await pollRun()).toBe('done'); // first data for every pin: all 5 chunks change
    expect(Object.values(await readWatchlist()).every((p) => p.shipment && !p.lastError)).toBe(true);
    expect(first.sets()).toBe(5);
    expect(first.events()).toBe(5);
    expect(first.popupWakes()).toBe(5);
    vi.restoreAllMocks();

    sb.clearLog();
    const second = watchWrites();
    expect(await pollRun()).toBe('done');
    expect(calls(sb, 'list')).toBe(5); // every chunk was checked…
    expect(second.sets()).toBe(0); // …and nothing was new
    expect(second.events()).toBe(0);
    expect(second.popupWakes()).toBe(0);
  });

  it('k writes when k chunks bring something new', async () => {
    await pinned200();
    await pollRun();
    // Make the stored data of one pin in chunks 1 and 3 differ from what the provider will send.
    const { chunks } = planChunks(await readWatchlist());
    const stale = [chunks[1]![7]!, chunks[3]![0]!];
    await updateWatchlist((w) => {
      for (const key of stale) w[key] = { ...w[key]!, shipment: { ...w[key]!.shipment!, substatus: 'stale' } };
    });
    const checkedBefore = await readWatchlist();

    const counted = watchWrites();
    expect(await pollRun()).toBe('done');
    expect(counted.sets()).toBe(2);
    expect(counted.events()).toBe(2);
    expect(counted.popupWakes()).toBe(2);
    const after = await readWatchlist();
    for (const key of stale) expect(after[key]!.shipment!.substatus).not.toBe('stale');
    // Check times move with the chunks that were written, not with the others.
    expect(after[chunks[1]![0]!]!.lastCheckedAt).toBeGreaterThan(checkedBefore[chunks[1]![0]!]!.lastCheckedAt!);
    expect(after[chunks[0]![0]!]!.lastCheckedAt).toBe(checkedBefore[chunks[0]![0]!]!.lastCheckedAt);
  });
});
