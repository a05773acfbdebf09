// Shared set-up for the background unit tests: fakeBrowser with the APIs it lacks stubbed, a sandbox over
// real HTTP, and settings pointing the background at it; then a watchlist with real data from the sandbox,
// snapshots of it, and the ways a worker is woken (alarms) and killed (module state dropped between steps).
// The per-test hooks live in ../harness.ts (useBackgroundHarness).
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type SandboxHandle } from '@/sandbox/server';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { SEED } from '@/sandbox/seed-data';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { writeSettings } from '@/utils/settings/store';
import { clientTuning } from '@/utils/background/client';
import { lookup } from '@/utils/background/lookup';
import { pin } from '@/utils/background/pins';
import { pollRun } from '@/utils/background/poll/poller';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readBulk } from '@/utils/background/bulk/bulk-state';
import { readPollState } from '@/utils/background/poll/poll-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { type Watchlist } from '@/utils/watchlist/model';
import { toUserError } from '@/utils/background/to-user-error';
import type { ErrorInfo } from '@/utils/errors';

export { DEMO_KEYS };

/** Fixed sandbox clock so histories are deterministic; advance() moves it. */
export const SANDBOX_EPOCH = new Date('2026-11-20T12:00:00Z');

export function tuneClientForTests(): void {
  // No client-side spacing and no retries: the sandbox does not rate-limit by default.
  clientTuning.rateLimits = { intervalMs: 0, realtimeIntervalMs: 0 };
  clientTuning.timing = { retryLimit: 0, timeoutMs: 5_000, totalTimeoutMs: 8_000 };
}

export async function sandbox(): Promise<SandboxHandle> {
  tuneClientForTests();
  return startSandbox({ port: 0, now: SANDBOX_EPOCH });
}

/** fakeBrowser lacks these; the background must cope with them existing as in a real browser. */
function event<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: (...args: A) => listeners.map((l) => l(...args)),
  };
}

export function stubMissingApis() {
  const menus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: event<[{ menuItemId: string; selectionText?: string }, { id?: number }?]>() };
  const omnibox = {
    setDefaultSuggestion: vi.fn(),
    onInputChanged: event<[string, (s: unknown[]) => void]>(),
    onInputEntered: event<[string, string]>(),
  };
  Object.assign(fakeBrowser, { contextMenus: menus, omnibox });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ version: '0.1.0', manifest_version: 3, name: 'Trackpin' }),
    openOptionsPage: vi.fn(async () => undefined),
  });
  return { menus, omnibox };
}

export async function configure(sb: SandboxHandle, overrides: Partial<Settings> = {}): Promise<Settings> {
  // Tests run at any hour: quiet hours (on by default) would hold their notifications; they have tests of their own.
  const settings: Settings = { ...DEFAULT_SETTINGS, quietHoursOn: false, provider: 'trackingmore-v2', apiKey: DEMO_KEYS.trackingmore, endpoint: sb.trackingmoreUrl, ...overrides };
  await writeSettings(settings);
  return settings;
}

export function calls(sb: SandboxHandle, endpoint: string): number {
  return sb.log().filter((e) => e.endpoint === endpoint).length;
}

export async function notifications() {
  return (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string; type: string; iconUrl: string }> }).getAllCreateOptions();
}

export async function badge(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

/** `count` distinct numbers the sandbox accepts (it invents a history for unknown numbers). */
export function numbers(count: number, prefix = 'TPX'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(7, '0')}`);
}

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
  else if (unread === 1) expect(shown).toHaveLength(1);
  else {
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe(`${unread} shipments have updates`);
  }
}

export async function clearNotifications(): Promise<void> {
  for (const id of Object.keys(await notifications())) await fakeBrowser.notifications.clear(id);
}

/** The ErrorInfo a promise fails with, as the UI would get it; throws when it succeeds. */
export async function failure(p: Promise<unknown>): Promise<ErrorInfo> {
  try {
    await p;
  } catch (error) {
    return toUserError(error);
  }
  throw new Error('expected a failure');
}
