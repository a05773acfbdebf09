// Shared set-up for the hardening tests: a watchlist with real data from the sandbox, snapshots of it, and
// the ways a worker is woken (alarms) and killed (module state dropped between steps).
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SandboxHandle } from '@/sandbox/server';
import { SEED } from '@/sandbox/seed-data';
import { lookup } from '@/utils/background/lookup';
import { pin } from '@/utils/background/pins';
import { pollRun } from '@/utils/background/poll/poller';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readBulk } from '@/utils/background/bulk/bulk-state';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { type Watchlist } from '@/utils/watchlist/model';
import { configure, DEMO_KEYS, notifications, numbers } from '../background/helpers';

export * from '../background/helpers';

/** UPS (scripted: out for delivery after 7 h) plus `extra` generated parcels; baseline poll done. */
export async function pinnedWatchlist(sb: SandboxHandle, extra = 45): Promise<Watchlist> {
  await configure(sb, { apiKey: DEMO_KEYS.trackingmore });
  await lookup({ number: SEED.ups });
  await pin({ number: SEED.ups, title: 'Mechanical keyboard' });
  if (extra) {
    await startBulk(numbers(extra, 'TPH').map((n) => ({ number: n, carrier: 'dhl' })));
    await runBulk();
  }
  expect(await pollRun()).toBe('done');
  const list = await readWatchlist();
  expect(Object.values(list).every((p) => p.shipment !== null)).toBe(true);
  sb.clearLog();
  return list;
}

/** What a user sees of each pinned shipment: its data and title (not check times or error marks). */
export function shipmentsOf(list: Watchlist): Record<string, unknown> {
  return Object.fromEntries(Object.entries(list).map(([k, p]) => [k, { title: p.title, shipment: p.shipment }]));
}

/** Fires an alarm the way Chrome does: the registered listener runs, nobody awaits it. */
export async function fireAlarm(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() } as never);
}

/** Waits until no poll run is in progress (the alarm listener's work is not awaitable). */
export async function pollSettled(): Promise<void> {
  await vi.waitFor(async () => expect((await readPollState()).run).toBeNull(), { timeout: 10_000, interval: 20 });
  // Let the finished run release its in-memory slot, so the next trigger starts a new run.
  await new Promise((r) => setTimeout(r, 20));
}

export async function bulkSettled(): Promise<void> {
  await vi.waitFor(async () => expect((await readBulk()).progress?.state).not.toBe('running'), { timeout: 10_000, interval: 20 });
  await new Promise((r) => setTimeout(r, 20));
}

/**
 * Each change is notified exactly once: up to three one by one, more as one group counting each once.
 * `unread` is the number of shipments the poll marked as changed.
 */
export async function expectNotifiedOnce(unread: number): Promise<void> {
  const shown = Object.values(await notifications());
  if (unread === 0) expect(shown).toHaveLength(0);
  else if (unread <= 3) expect(shown).toHaveLength(unread);
  else {
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(`${unread} shipments have updates`);
  }
}

export async function clearNotifications(): Promise<void> {
  for (const id of Object.keys(await notifications())) await fakeBrowser.notifications.clear(id);
}
