// @vitest-environment node
// Duplicates: the same number (compared normalised) pinned under two carriers is reported when pinning
// and in bulk imports, and merged on the user's word: one pin kept under the carrier chosen, titles and
// notes combined the same way whatever the order, the other removed — from the account only if asked.
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { mergePins } from '@/utils/watchlist/merge';
import { duplicatesAmong, newPin, pinsOfNumber, type PinnedShipment } from '@/utils/watchlist/model';
import { readWatchlist } from '@/utils/watchlist/store';
import { merge } from '@/utils/background/merge';
import { pin } from '@/utils/background/pins';
import { runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { readBulk } from '@/utils/background/bulk/bulk-state';
import { updateWatchlist } from '@/utils/background/transaction';
import { calls } from '../background/helpers';
import { useBackgroundHarness } from '../harness';

const T0 = Date.parse('2026-11-20T12:00:00Z');
const p = (carrier: string, number: string, partial: Partial<PinnedShipment> = {}): PinnedShipment => ({ ...newPin({ number, carrier, kind: 'parcel', title: null }, T0), ...partial });

describe('merging duplicates (pure)', () => {
  it('keeps the chosen pin, joins distinct titles and notes in a fixed order, earliest pin time, unread if any', () => {
    const a = p('ups', SEED.ups, { title: 'Keyboard', notes: 'Desk', pinnedAt: T0 + 5 });
    const b = p('dhl', SEED.ups, { title: 'Keyboard', notes: 'Leave at door', unread: true, pinnedAt: T0 });
    const c = p('fedex', SEED.ups, { title: 'Gift', notes: null, pinnedAt: T0 + 9 });
    const m = mergePins(a, [c, b]);
    expect(m).toMatchObject({ key: a.key, carrier: 'ups', title: 'Keyboard / Gift', notes: 'Desk\n\nLeave at door', pinnedAt: T0, unread: true, archived: false });
    expect(mergePins(a, [b, c])).toEqual(m); // same result whatever order the others come in
    expect(mergePins(b, [a, c]).title).toBe('Keyboard / Gift');
    expect(mergePins(b, [a, c]).carrier).toBe('dhl');
  });

  it('stays archived only if every pin was', () => {
    expect(mergePins(p('ups', 'X1', { archived: true }), [p('dhl', 'X1')]).archived).toBe(false);
    expect(mergePins(p('ups', 'X1', { archived: true }), [p('dhl', 'X1', { archived: true })]).archived).toBe(true);
  });

  it('finds the same number written differently, and bulk duplicates against the list and within the import', () => {
    const pins = [p('ups', SEED.ups), p('usps', SEED.usps)];
    expect(pinsOfNumber(pins, '1z999aa1 0123456784')).toHaveLength(1);
    expect(duplicatesAmong(pins, [{ number: SEED.ups, carrier: 'dhl' }, { number: 'TPX0000009', carrier: 'dhl' }, { number: 'TPX0000009', carrier: 'ups' }, { number: SEED.usps, carrier: 'usps' }])).toEqual([
      { number: SEED.ups, carriers: ['dhl', 'ups'] },
      { number: 'TPX0000009', carriers: ['dhl', 'ups'] },
    ]);
  });
});

describe('duplicates in the background', () => {
  const sb = useBackgroundHarness();

  async function twoPins() {
    const a = p('ups', SEED.ups, { title: 'Keyboard' });
    const b = p('dhl', SEED.ups, { title: 'Spare keys', notes: 'Call first' });
    await updateWatchlist((w) => Object.assign(w, { [a.key]: a, [b.key]: b }));
    return { a, b };
  }

  it('pinning a number already pinned under another carrier says so', async () => {
    await updateWatchlist((w) => void (w[`dhl:${SEED.ups}`] = p('dhl', SEED.ups)));
    const reply = await pin({ number: SEED.ups, carrier: 'ups' });
    expect(reply.key).toBe(`ups:${SEED.ups}`);
    expect(reply.duplicates).toEqual([{ key: `dhl:${SEED.ups}`, carrier: 'dhl' }]);
    expect((await pin({ number: SEED.usps })).duplicates).toEqual([]);
  });

  it('merges into the carrier the user keeps, unpins the other locally only by default', async () => {
    const { a, b } = await twoPins();
    sb.clearLog();
    const kept = await merge({ keep: b.key, drop: [a.key], removeFromAccount: false });
    expect(kept).toMatchObject({ key: b.key, title: 'Spare keys / Keyboard', notes: 'Call first' });
    const list = await readWatchlist();
    expect(Object.keys(list)).toEqual([b.key]);
    expect(calls(sb, 'delete')).toBe(0);
  });

  it('removes the other from the account when asked, and refuses pins of different numbers', async () => {
    const { a, b } = await twoPins();
    sb.clearLog();
    await merge({ keep: a.key, drop: [b.key], removeFromAccount: true });
    expect(calls(sb, 'delete')).toBe(1);
    await updateWatchlist((w) => void (w[`usps:${SEED.usps}`] = p('usps', SEED.usps)));
    await expect(merge({ keep: a.key, drop: [`usps:${SEED.usps}`], removeFromAccount: false })).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(Object.keys(await readWatchlist()).sort()).toEqual([a.key, `usps:${SEED.usps}`].sort());
  });

  it('a bulk import reports numbers already pinned under another carrier', async () => {
    await updateWatchlist((w) => void (w[`dhl:${SEED.ups}`] = p('dhl', SEED.ups)));
    const progress = await startBulk([{ number: SEED.ups, carrier: 'ups' }, { number: SEED.usps }]);
    expect(progress.duplicates).toEqual([{ number: SEED.ups, carriers: ['dhl', 'ups'] }]);
    await runBulk();
    expect((await readBulk()).progress?.duplicates).toEqual([{ number: SEED.ups, carriers: ['dhl', 'ups'] }]);
  });
});
