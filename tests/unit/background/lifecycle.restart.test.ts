// @vitest-environment node
// The worker is killed at every chunk boundary of a poll and of a bulk import, and also in the worst spot:
// after the provider answered but before the answer was saved. A "kill" throws from the storage write the
// worker was about to make (nothing after it happens, nothing in memory survives the restart); the
// restart is what Chrome does: a new worker runs onWorkerStart. The work must finish with nothing lost
// and nothing counted, pinned or notified twice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { onWorkerStart, registerBackground } from '@/utils/background/lifecycle';
import { BULK_ALARM } from '@/utils/background/alarms';
import { BATCH, runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { pollRun, pollStep } from '@/utils/background/poll/poller';
import { bulkProgressItem, readBulk } from '@/utils/background/bulk/bulk-state';
import { pollStateItem, readPollState, type PollState } from '@/utils/background/poll/poll-state';
import { readWatchlist, watchlistItem } from '@/utils/watchlist/store';
import {
  bulkSettled,
  calls,
  configure,
  DEMO_KEYS,
  expectNotifiedOnce,
  fireAlarm,
  notifications,
  numbers,
  pinnedWatchlist,
  pollSettled,
  sandbox,
  stubMissingApis,
} from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness({ settings: false });

beforeEach(async () => {
  vi.restoreAllMocks();
});

class Killed extends Error {}

type Writes = Parameters<typeof storage.setItems>[0];
const writesItem = (writes: Writes, item: unknown) => writes.some((w) => 'item' in w && w.item === item);

/** Kills the worker at the `n`-th (1-based) storage write that matches `which`, before it lands. */
function killAtWrite(n: number, which: (writes: Writes) => boolean) {
  const real = storage.setItems.bind(storage);
  let seen = 0;
  return vi.spyOn(storage, 'setItems').mockImplementation(async (writes) => {
    if (which(writes) && ++seen === n) throw new Killed(`killed at write ${n}`);
    return real(writes);
  });
}

const chunkSave = (w: Writes) => writesItem(w, watchlistItem) && writesItem(w, pollStateItem);
const batchSave = (w: Writes) => writesItem(w, watchlistItem) && writesItem(w, bulkProgressItem);

describe('poll survives a worker kill', () => {
  it('between any two chunks: resumes at the next chunk, each fetched once, each change notified once', async () => {
    // 130 pinned = 4 chunks (40, 40, 40, 10).
    for (let boundary = 1; boundary <= 3; boundary++) {
      fakeBrowser.reset();
      stubMissingApis();
      sb.reset();
      await pinnedWatchlist(sb, 129);
      sb.advance(30);
      for (let i = 0; i < boundary; i++) expect(await pollStep()).toBe('more');
      expect((await readPollState()).run?.nextChunk).toBe(boundary);
      expect(Object.keys(await notifications())).toHaveLength(0);
      // New worker.
      await onWorkerStart();
      expect((await readPollState()).run).toBeNull();
      expect(calls(sb, 'list')).toBe(4);
      const list = await readWatchlist();
      expect(Object.keys(list)).toHaveLength(130);
      await expectNotifiedOnce(Object.values(list).filter((p) => p.unread).length);
    }
  });

  it('after the provider answered but before the chunk was saved: that chunk is fetched again, applied once', async () => {
    // Opening the run writes the poll state alone; write k saves chunk k - 1.
    for (const killAt of [1, 2, 4]) {
      fakeBrowser.reset();
      stubMissingApis();
      sb.reset();
      await pinnedWatchlist(sb, 129);
      const before = await readWatchlist();
      sb.advance(30);
      const spy = killAtWrite(killAt, chunkSave);
      await expect(pollRun()).rejects.toBeInstanceOf(Killed);
      spy.mockRestore();
      expect(Object.keys(await notifications())).toHaveLength(0);
      expect((await readPollState()).run?.nextChunk).toBe(killAt - 1);
      await onWorkerStart();
      expect(calls(sb, 'list')).toBe(5); // 4 chunks + the one whose answer was lost
      const after = await readWatchlist();
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      const unread = Object.values(after).filter((p) => p.unread).length;
      expect(unread).toBeGreaterThan(3);
      await expectNotifiedOnce(unread);
      expect((await readPollState()).run).toBeNull();
    }
  });

  it('after the changes were notified but before the run was closed: the repeat replaces, never doubles', async () => {
    await pinnedWatchlist(sb, 0); // UPS only: one change, one notification of its own
    sb.advance(7);
    const closesRun = (w: Writes) => w.some((x) => 'item' in x && x.item === pollStateItem && (x.value as PollState).run === null);
    const spy = killAtWrite(1, closesRun);
    await expect(pollRun()).rejects.toBeInstanceOf(Killed);
    spy.mockRestore();
    expect(Object.keys(await notifications())).toHaveLength(1);
    await onWorkerStart();
    const shown = Object.values(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Out for delivery: Mechanical keyboard');
    expect((await readPollState()).run).toBeNull();
  });
});

describe('bulk import survives a worker kill', () => {
  const N = 130; // 4 batches
  const list = () => numbers(N, 'TPW').map((n, i) => ({ number: n, carrier: 'dhl', title: `Item ${i}` }));

  it('between the provider creating a batch and saving it, at every batch: no number lost, none twice', async () => {
    for (let killAt = 1; killAt <= 4; killAt++) {
      fakeBrowser.reset();
      stubMissingApis();
      sb.reset();
      await configure(sb, { apiKey: DEMO_KEYS.empty });
      const spy = killAtWrite(killAt, batchSave);
      await startBulk(list());
      await expect(runBulk()).rejects.toBeInstanceOf(Killed);
      spy.mockRestore();
      const { progress } = await readBulk();
      expect(progress).toMatchObject({ state: 'running', done: (killAt - 1) * BATCH });
      // The stopped worker is woken again without the user doing anything.
      const alarm = await fakeBrowser.alarms.get(BULK_ALARM);
      expect(alarm, `watchdog alarm after kill at batch ${killAt}`).toBeDefined();
      expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(61_000);

      // The alarm wakes a new worker.
      registerBackground();
      await fireAlarm(BULK_ALARM);
      await bulkSettled();
      const done = await readBulk();
      // The batch the provider had already created answers "already exists": that is success, not failure.
      expect(done.progress).toMatchObject({ state: 'done', total: N, done: N, added: N, failed: [] });
      expect(done.queue).toBeNull();
      expect(calls(sb, 'batch')).toBe(5);
      const pinned = await readWatchlist();
      expect(Object.keys(pinned)).toHaveLength(N);
      expect(pinned['dhl:TPW0000001']?.title).toBe('Item 0');
    }
  });

  it('a stray watchdog alarm after the import ended changes nothing', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    await startBulk(list().slice(0, 10));
    await runBulk();
    const before = await readBulk();
    sb.clearLog();
    registerBackground();
    await fireAlarm(BULK_ALARM);
    await new Promise((r) => setTimeout(r, 50));
    expect(sb.log()).toHaveLength(0);
    expect(await readBulk()).toEqual(before);
  });
});
