// The watching rules a user sets, shared by Chromium (lifecycle.e2e.test.ts, schedule.e2e.test.ts) and
// Firefox (lifecycle.firefox.e2e.test.ts, schedule.firefox.e2e.test.ts): a delivered parcel is archived by
// itself after the days the user chose and restored from the Archived view; parcels moving in one poll are one
// grouped notification; quiet hours hold them and the first poll tick after tells one digest. Each browser's
// file brings a small driver (chromium-driver.ts, firefox-driver.ts).
import { expect, it } from 'vitest';
import { DEMO_KEYS } from '../../sandbox/demo-keys';
import { SEED } from '../../sandbox/seed-data';
import { poll } from './page-probes';
import type { Reply, SandboxHandle } from './background-journeys';

export interface WatchRulesDriver {
  sandbox: SandboxHandle;
  send(type: string, payload?: object): Promise<Reply>;
  /** Evaluates `fn` in the driver's extension page (the extension's API is `extensionApi()` there). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Shows `popup.html` or `options.html` afresh in the driver's extension page. */
  show(path: 'popup.html' | 'options.html'): Promise<void>;
  /** Clicks the button with this accessible name, as the user does. */
  click(name: string): Promise<void>;
  /** Chooses `value` in the select labelled `label`. */
  select(label: string, value: string): Promise<void>;
  /** Ids of the notifications on screen (headless Firefox: asked for and not cleared, see its driver). */
  shown(): Promise<string[]>;
  dismiss(id: string): Promise<void>;
}

/** Runs in an extension page: its extension API (Firefox's `browser`, Chromium's `chrome`). */
type Api = { storage: { local: any; sync: any }; alarms: { create(name: string, info: { when: number }): Promise<void> } };

/**
 * Runs in the page: the accessible names of its buttons (aria-label, else the text outside aria-hidden
 * parts); clicks the one named `click`, if any.
 */
export function pageButtons(click: string | null): string[] {
  const text = (n: Node): string =>
    n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : (n as Element).getAttribute?.('aria-hidden') === 'true' ? '' : [...n.childNodes].map(text).join('');
  const buttons = [...document.querySelectorAll('button')].map((b) => ({ b, name: (b.getAttribute('aria-label') ?? text(b)).trim() }));
  buttons.find((x) => x.name === click)?.b.click();
  return buttons.map((x) => x.name);
}

const DAY = 86_400_000;
const UPS = `ups:${SEED.ups}`;

async function upsPin(d: WatchRulesDriver) {
  const list = (await d.send('watchlist')).data as { key: string; archived: boolean; shipment: { status: string } | null }[];
  return list.find((p) => p.key === UPS);
}

const names = (d: WatchRulesDriver) => d.inExtension(pageButtons, null);
const untilButtons = (d: WatchRulesDriver, what: string, ok: (n: string[]) => boolean) => poll(what, () => names(d), ok, 15_000);
const syncedJson = (d: WatchRulesDriver) =>
  d.inExtension(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return JSON.stringify(await (g.browser ?? g.chrome).storage.sync.get(null));
  }, null);

/** The driver's sandbox clock is 12 days behind the browser's. */
export function lifecycleJourneys(driver: () => WatchRulesDriver): void {
  it('a delivered parcel is archived automatically and restored from the Archived view', async () => {
    const d = driver();
    await d.show('popup.html');
    expect(await d.send('pin', { number: SEED.ups, title: 'Mechanical keyboard' })).toMatchObject({ ok: true });
    await d.send('poll-now');
    expect((await upsPin(d))?.shipment?.status).toBe('transit');
    // Pinned 20 days ago: the browser's clock cannot be moved, so the pin's time is set back in storage
    // (a parcel pinned after its delivery would otherwise get N days from the pin).
    await d.inExtension(
      async ([key, days]) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const local = (g.browser ?? g.chrome).storage.local;
        const { watchlist } = await local.get('watchlist');
        watchlist[key].pinnedAt -= days * 86_400_000;
        await local.set({ watchlist });
      },
      [UPS, 20] as const,
    );
    expect(await d.send('save-settings', { settings: { autoArchiveDays: 30 } })).toMatchObject({ ok: true });

    d.sandbox.advance(15); // UPS is delivered (+14 h on the sandbox clock)
    await d.send('poll-now');
    expect((await upsPin(d))?.shipment?.status).toBe('delivered');
    // Delivered ~12 days ago, the setting says 30: it stays in the list.
    await d.show('popup.html');
    const listed = await untilButtons(d, 'the pinned row', (n) => n.some((s) => s.includes('Mechanical keyboard')));
    expect(listed.filter((s) => s.startsWith('Archived ('))).toEqual([]);

    // The user sets 7 days in the options page; the sweep runs on saving.
    await d.show('options.html');
    await d.select('Archive delivered parcels', '7');
    await d.click('Save');
    await poll('the parcel archived', () => upsPin(d), (p) => p?.archived === true, 15_000);

    // The popup: gone from the pinned list, listed under Archived.
    await d.show('popup.html');
    await untilButtons(d, 'the Archived link', (n) => n.includes('Archived (1)'));
    expect(await d.inExtension(() => document.querySelectorAll('.tp-pinned .tp-row').length, null)).toBe(0);
    await d.click('Archived (1)');
    const headings = () => d.inExtension(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent), null);
    await poll('the Archived view', headings, (h) => h.includes('Archived'));
    expect(await d.inExtension(() => location.hash, null)).toMatch(/#\/archived$/);
    await d.click('Restore Mechanical keyboard');
    await poll('the empty Archived view', () => d.inExtension(() => document.body.textContent ?? '', null), (t) => t.includes('Nothing is archived.'));
    expect((await upsPin(d))?.archived).toBe(false);

    // Back in the pinned list, and not archived straight back by the next sweep.
    await d.click('Back');
    const back = await untilButtons(d, 'the pinned row again', (n) => n.some((s) => s.includes('Mechanical keyboard')));
    expect(back.filter((s) => s.startsWith('Archived ('))).toEqual([]);
    expect(await d.send('save-settings', { settings: { autoArchiveDays: 3 } })).toMatchObject({ ok: true });
    expect((await upsPin(d))?.archived).toBe(false);

    // The pinned list follows the user into storage.sync: the number and title, no tracking data. The push
    // waits for its alarm, ~30 s after a change (SYNC_ALARM, utils/background/sync.ts): it rings now instead.
    await d.inExtension(
      (when) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        return (g.browser ?? g.chrome).alarms.create('trackpin-sync', { when });
      },
      Date.now() + 500,
    );
    const synced = await poll('the synced pinned list', () => syncedJson(d), (s) => s.includes(SEED.ups), 60_000);
    expect(synced).toContain('Mechanical keyboard');
    expect(synced).not.toMatch(/delivered|transit|events/i);
    expect(synced).not.toContain(DEMO_KEYS.trackingmore);
  });
}

/** Parcels whose status moves within the sandbox's next 24 hours (sandbox/seed-data.ts). */
const MOVERS = [
  { number: SEED.ups, carrier: 'ups' },
  { number: SEED.upsUndelivered, carrier: 'ups' },
  { number: SEED.usps, carrier: 'usps' },
];

/** "HH:MM" of the browser's local clock, `hours` from now (quiet hours are in the user's own time). */
const clockIn = (d: WatchRulesDriver, hours: number) =>
  d.inExtension((h) => {
    const t = new Date(Date.now() + h * 3_600_000);
    return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
  }, hours);

/** Pins the movers, takes the baseline (first data is not news), then moves the sandbox clock a day on. */
async function pinMoversAndAdvance(d: WatchRulesDriver): Promise<void> {
  for (const m of MOVERS) expect((await d.send('pin', m)).ok).toBe(true);
  expect((await d.send('poll-now')).ok).toBe(true);
  expect(await d.shown()).toEqual([]);
  d.sandbox.advance(24);
}

async function unpinAll(d: WatchRulesDriver): Promise<void> {
  const list = await d.send('watchlist');
  await d.send('unpin', { keys: (list.data as { key: string }[]).map((p) => p.key) });
  await d.send('poll-now'); // forgets what was told about them, as a later run would
  for (const id of await d.shown()) await d.dismiss(id);
}

/** The driver's sandbox clock is fixed (2026-11-20T12:00Z), quiet hours off, the extension page on popup.html. */
export function scheduleJourneys(driver: () => WatchRulesDriver): void {
  it('three parcels moving in one poll → one grouped notification that leads to the list', async () => {
    const d = driver();
    await pinMoversAndAdvance(d);
    d.sandbox.clearLog();
    expect((await d.send('poll-now')).ok).toBe(true);
    expect(d.sandbox.log().filter((e) => e.endpoint === 'list')).toHaveLength(1); // three parcels, one call
    const [id] = await poll('one notification', () => d.shown(), (s) => s.length === 1, 10_000);
    expect(id!.split('|').slice(0, 2)).toEqual(['tp', 'g']); // grouped: its click opens the list (clickTarget)
    // Seen again by the next poll, the same news is not told twice.
    await d.dismiss(id!);
    await d.send('poll-now');
    expect(await d.shown()).toEqual([]);
    await unpinAll(d);
  });

  it('quiet hours hold the notifications; the first poll tick after them tells one digest', async () => {
    const d = driver();
    d.sandbox.reset();
    const quiet = { quietHoursOn: true, quietStart: await clockIn(d, -1), quietEnd: await clockIn(d, 1) };
    expect((await d.send('save-settings', { settings: quiet })).ok).toBe(true);
    await pinMoversAndAdvance(d);
    expect((await d.send('poll-now')).ok).toBe(true);
    expect(await d.shown()).toEqual([]);
    const held = () =>
      d.inExtension(async () => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        return ((await (g.browser ?? g.chrome).storage.local.get('pollState')).pollState as { held: { key: string }[] }).held;
      }, null);
    expect((await held()).map((c) => c.key).sort()).toEqual(MOVERS.map((m) => `${m.carrier}:${m.number}`).sort());

    // Quiet hours are over (as if the night had passed); the repeating poll alarm's next tick comes.
    expect((await d.send('save-settings', { settings: { quietStart: await clockIn(d, -3), quietEnd: await clockIn(d, -2) } })).ok).toBe(true);
    expect(await d.shown()).toEqual([]);
    await d.inExtension(
      (when) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        return (g.browser ?? g.chrome).alarms.create('trackpin-poll', { when });
      },
      Date.now() + 1_000,
    );
    const [id] = await poll('the digest', () => d.shown(), (s) => s.length === 1, 20_000);
    expect(id!.startsWith('tp|g|digest-')).toBe(true);
    expect(await held()).toEqual([]);
  });

  it('the popup shows the remaining quota and how long it lasts at this rate', async () => {
    // The alarm tick above asked the account (v2 getuserinfo) before planning.
    const d = driver();
    await d.show('popup.html');
    const line = await poll('the quota line', () => d.inExtension(() => document.querySelector('.tp-quota p')?.textContent ?? '', null), (l) => /^Quota: /.test(l), 10_000);
    expect(line).toMatch(/^Quota: [\d,. ]+ left — at this rate it lasts about [\d,. ]+ days$/);
  });
}
