// @vitest-environment node
// What is told and when, on a fake clock: the fingerprint ignores a checkpoint's form, two or more
// changes in one poll are one grouped notification that opens the list, quiet hours hold notifications and
// one digest follows (held in storage, so a worker restart loses none), the milestone filter stays, and a
// parcel in transit that has not moved is told once per stall.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeFingerprint, readPollState, type PendingChange } from '@/utils/background/poll/poll-state';
import { classifyChange, newestEventKey, stalledChange } from '@/utils/background/poll/changes';
import { clickTarget } from '@/utils/background/poll/notifications';
import { isQuiet, isQuietAt, minutesOf } from '@/utils/background/poll/quiet-hours';
import { event, parcel } from '../../components/fixtures';
import { notifications } from '../helpers';

const change = (i: number, kind: PendingChange['change'] = 'status'): PendingChange => ({
  key: `ups:N${i}`, number: `N${i}`, carrier: 'ups', title: null, change: kind, status: kind === 'delivered' ? 'delivered' : 'transit', detail: `Scan ${i}`, event: `e${i}`,
});
const quiet = { notify: 'all' as const, quietHoursOn: true, quietStart: '22:00', quietEnd: '07:00' };
const local = (h: number, m = 0, day = 20) => new Date(2026, 10, day, h, m).getTime();

async function deliver() {
  // Fresh modules (resetModules) need the catalogs registered again, as the background does at start.
  await import('@/utils/i18n-bundled');
  return import('@/utils/background/poll/deliver');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('the fingerprint', () => {
  it('is the same when a checkpoint only changed its form, different for a new checkpoint', () => {
    const before = parcel({ status: 'transit', events: [event({ date: '2026-11-19 18:02', description: 'Arrived at facility', location: 'Milano' })] });
    const after = parcel({ status: 'transit', events: [event({ date: '2026-11-20 08:00', description: 'Departed facility', location: 'Milano' }), ...before.events] });
    const reworded = parcel({
      status: 'transit',
      substatus: 'transit002',
      daysSinceLastEvent: 3,
      events: [event({ date: '2026-11-20 08:00:00', description: '  DEPARTED   facility ', location: 'milano' }), ...before.events],
    });
    const a = classifyChange(before, after)!;
    const b = classifyChange(before, reworded)!;
    expect(a.detail).not.toBe(b.detail); // the text differs…
    expect(changeFingerprint({ ...a, status: 'transit' })).toBe(changeFingerprint({ ...b, status: 'transit' })); // …the news does not
    const later = parcel({ status: 'transit', events: [event({ date: '2026-11-20 12:00', description: 'Departed facility', location: 'Milano' }), ...after.events] });
    expect(changeFingerprint({ ...classifyChange(after, later)!, status: 'transit' })).not.toBe(changeFingerprint({ ...a, status: 'transit' }));
  });

  it('of a change stored before it had a checkpoint key ignores case and spacing of its text', () => {
    expect(changeFingerprint({ change: 'status', status: 'transit', detail: 'Arrived  at hub' })).toBe(changeFingerprint({ change: 'status', status: 'transit', detail: 'arrived at hub ' }));
  });
});

describe('telling changes', () => {
  it('one change is one notification; two or more in one poll are one grouped notification that opens the list', async () => {
    const { tellChanges } = await deliver();
    await tellChanges([change(1)], { ...quiet, quietHoursOn: false }, 'r1', local(12));
    expect(Object.keys(await notifications())).toHaveLength(1);
    await tellChanges([change(2), change(3), change(4, 'delivered')], { ...quiet, quietHoursOn: false }, 'r2', local(12));
    const shown = await notifications();
    const group = Object.entries(shown).find(([id]) => id.includes('|g|'))!;
    expect(group[1].title).toBe('3 shipments have updates');
    expect(group[1].message).toBe('N2: In transit; N3: In transit; N4: Delivered');
    expect(clickTarget(group[0])).toBe(fakeBrowser.runtime.getURL('/popup.html') + '#/');
    // The same news again (another poll saw it) is not told twice.
    await tellChanges([change(2), change(3)], { ...quiet, quietHoursOn: false }, 'r3', local(12));
    expect(Object.keys(await notifications())).toHaveLength(2);
  });

  it('keeps the milestone filter', async () => {
    const { tellChanges } = await deliver();
    await tellChanges([change(1), change(2, 'delivered'), change(3, 'stalled')], { ...quiet, quietHoursOn: false, notify: 'important' }, 'r', local(12));
    expect(Object.values(await notifications()).map((n) => n.title)).toEqual(['2 shipments have updates']);
    await tellChanges([change(5, 'delivered')], { ...quiet, quietHoursOn: false, notify: 'none' }, 'r2', local(12));
    expect(Object.keys(await notifications())).toHaveLength(1);
  });

  it('holds notifications in quiet hours and tells one digest after, even across a worker restart', async () => {
    let { tellChanges, deliverHeld } = await deliver();
    await tellChanges([change(1)], quiet, 'n1', local(23));
    await tellChanges([change(2), change(3, 'delivered')], quiet, 'n2', local(2));
    await deliverHeld(quiet, local(6, 59)); // still quiet
    expect(Object.keys(await notifications())).toHaveLength(0);
    expect((await readPollState()).held.map((c) => c.key)).toEqual(['ups:N1', 'ups:N2', 'ups:N3']);

    // The worker dies overnight: only storage survives.
    vi.resetModules();
    ({ deliverHeld } = await deliver());
    await deliverHeld(quiet, local(7, 0, 21));
    const shown = Object.entries(await notifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]![1].title).toBe('During quiet hours: 3 shipments had updates');
    expect(clickTarget(shown[0]![0])).toBe(fakeBrowser.runtime.getURL('/popup.html') + '#/');
    expect((await readPollState()).held).toEqual([]);
    await deliverHeld(quiet, local(7, 30, 21));
    expect(Object.keys(await notifications())).toHaveLength(1);
  });

  it('tells nothing at night with quiet hours off', async () => {
    const { tellChanges } = await deliver();
    await tellChanges([change(1)], { ...quiet, quietHoursOn: false }, 'n', local(23));
    expect(Object.keys(await notifications())).toHaveLength(1);
  });
});

describe('quiet hours', () => {
  it('cross midnight, can be a daytime window, and are empty when start equals end', () => {
    expect([21 * 60 + 59, 22 * 60, 3 * 60, 6 * 60 + 59, 7 * 60].map((m) => isQuietAt(quiet, m))).toEqual([false, true, true, true, false]);
    const day = { quietHoursOn: true, quietStart: '13:00', quietEnd: '14:30' };
    expect([12 * 60 + 59, 13 * 60, 14 * 60 + 29, 14 * 60 + 30].map((m) => isQuietAt(day, m))).toEqual([false, true, true, false]);
    expect(isQuietAt({ ...quiet, quietEnd: '22:00' }, 22 * 60)).toBe(false);
    expect(isQuiet({ ...quiet, quietHoursOn: false }, local(23))).toBe(false);
    expect(minutesOf('07:05')).toBe(425);
  });
});

describe('stalled', () => {
  const stuck = (days: number, date = '2026-11-01 10:00') => parcel({ status: 'transit', daysSinceLastEvent: days, events: [event({ date, description: 'Arrived at hub', location: 'Köln' })] });

  it('is told when a parcel in transit has had no new checkpoint for the set days, once per stall', () => {
    expect(stalledChange(stuck(13), 14, undefined)).toBeNull();
    const told = stalledChange(stuck(14), 14, undefined);
    expect(told).toMatchObject({ change: 'stalled', days: 14, detail: 'Arrived at hub — Köln' });
    // Told once: the same stall a day later is not news…
    expect(stalledChange(stuck(15), 14, told!.event!)).toBeNull();
    // …a new checkpoint ends the stall, and the next stall is told again.
    expect(stalledChange(stuck(20, '2026-11-10 10:00'), 14, told!.event!)).not.toBeNull();
    expect(newestEventKey(stuck(1))).toBe(told!.event);
  });

  it('is not told for a parcel that is not in transit', () => {
    expect(stalledChange({ ...stuck(30), status: 'delivered' }, 14, undefined)).toBeNull();
    expect(stalledChange({ ...stuck(30), status: 'pending' }, 14, undefined)).toBeNull();
  });
});

describe('poll state written before the schedule', () => {
  it('reads with empty streaks, stalls, held notifications and no quota, keeping what it had', async () => {
    const old = { pausedUntil: null, lastPollAt: 5, lastPollError: null, failures: 0, run: null, checkedAt: { 'ups:N1': 4 }, notified: { 'ups:N1': 'status|transit|x' } };
    await fakeBrowser.storage.local.set({ pollState: old, pollState$: { v: 1 } });
    expect(await readPollState()).toEqual({ ...old, streak: {}, stalled: {}, held: [], quota: null, outlook: null });
    // Odd entries are dropped one by one, not the state.
    await fakeBrowser.storage.local.set({ pollState: { ...old, streak: { a: { status: 'transit', since: 1 }, b: 'x' }, held: [change(1), 7], quota: { remaining: '3' } } });
    const s = await readPollState();
    expect([s.streak, s.held.map((c) => c.key), s.quota]).toEqual([{ a: { status: 'transit', since: 1 } }, ['ups:N1'], null]);
  });
});
