// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED } from '@/sandbox/seed-data';
import { changeCarrier, edit, isPinned, markRead, pin, setStatus, unpin } from '@/utils/background/pins';
import { archive } from '@/utils/background/archive';
import { cancelBulk, runBulk, startBulk } from '@/utils/background/bulk/bulk';
import { lookup } from '@/utils/background/lookup';
import { bulkProgressItem, bulkQueueItem } from '@/utils/background/bulk/bulk-state';
import { readWatchlist } from '@/utils/watchlist/store';
import { badge, calls, configure, DEMO_KEYS, numbers } from './helpers';
import { useBackgroundHarness } from '../harness';

const sb = useBackgroundHarness();

describe('pin and unpin', () => {
  it('pins a number the account already holds (4016 counts as success) with the last lookup’s data', async () => {
    await lookup({ number: SEED.ups });
    const p = await pin({ number: SEED.ups });
    expect(calls(sb, 'post')).toBe(1);
    expect(p.key).toBe(`ups:${SEED.ups}`);
    expect(p.shipment?.status).toBe('transit');
    expect(await isPinned({ number: SEED.ups })).toBe(true);
    expect((await lookup({ number: SEED.ups })).pinned).toBe(true);
  });

  it('creates a new number in the account and keeps it after unpin when asked to', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    const p = await pin({ number: 'TPNEW000001', carrier: 'dhl', title: 'Books' });
    expect(p.title).toBe('Books');
    expect(p.shipment).toBeNull();
    await configure(sb, { apiKey: DEMO_KEYS.empty, keepInAccountOnUnpin: true });
    expect(await unpin([p.key])).toEqual({ removed: 1 });
    expect(calls(sb, 'delete')).toBe(0);
    expect(await isPinned({ number: 'TPNEW000001' })).toBe(false);
  });

  it('unpins one with deleteTracking and many with one deleteTrackings call', async () => {
    const a = await pin({ number: SEED.ups });
    const b = await pin({ number: SEED.usps });
    const c = await pin({ number: SEED.chinaPost });
    await unpin([a.key]);
    expect(calls(sb, 'delete')).toBe(1);
    await unpin([b.key, c.key]);
    expect(calls(sb, 'deletemany')).toBe(1);
    expect(Object.keys(await readWatchlist())).toHaveLength(0);
  });

  it('pins an air waybill locally (it is tracked through aircargo, not created in the account)', async () => {
    const p = await pin({ number: SEED.awb });
    expect(p.key).toBe(`172:${SEED.awb}`);
    expect(calls(sb, 'post')).toBe(0);
  });

  it('marks delivered / exception / revert with status 4 / 7 / 8', async () => {
    await lookup({ number: SEED.usps });
    const a = await pin({ number: SEED.usps });
    const b = await pin({ number: SEED.ups });
    await lookup({ number: SEED.ups, refresh: true });
    expect(await setStatus([a.key], 'delivered')).toEqual({ updated: 1 });
    expect(calls(sb, 'put')).toBe(1);
    expect((await readWatchlist())[a.key]?.shipment?.status).toBe('delivered');
    expect(await setStatus([a.key, b.key], 'exception')).toEqual({ updated: 2 });
    expect(calls(sb, 'updatemore')).toBe(1);
    await setStatus([a.key], 'revert');
    expect((await readWatchlist())[a.key]?.shipment?.status).toBe('transit');
  });

  it('edits the title (sent to the provider) and notes (local)', async () => {
    const p = await pin({ number: SEED.ups });
    const edited = await edit({ key: p.key, title: 'Keyboard', notes: 'Leave at the door' });
    expect(edited.title).toBe('Keyboard');
    expect(edited.notes).toBe('Leave at the door');
    expect(calls(sb, 'put')).toBe(1);
    await edit({ key: p.key, notes: 'Ring twice' });
    expect(calls(sb, 'put')).toBe(1);
  });

  it('changes the carrier (re-keys the pin) and archives with stopUpdating', async () => {
    const p = await pin({ number: SEED.fourPx, carrier: '4px' });
    const moved = await changeCarrier({ key: p.key, carrier: 'sto' });
    expect(calls(sb, 'update')).toBe(1);
    expect(moved.key).toBe(`sto:${SEED.fourPx}`);
    const list = await readWatchlist();
    expect(list[p.key]).toBeUndefined();
    expect(await archive([moved.key])).toEqual({ archived: 1 });
    expect(calls(sb, 'notupdate')).toBe(1);
    expect((await readWatchlist())[moved.key]?.archived).toBe(true);
  });

  it('markRead clears unread marks and the badge', async () => {
    const p = await pin({ number: SEED.ups });
    const { updateWatchlist } = await import('@/utils/background/transaction');
    await updateWatchlist((watchlist) => void (watchlist[p.key]!.unread = true));
    expect(await badge()).toBe('1');
    await markRead([p.key]);
    expect(await badge()).toBe('');
  });
});

describe('bulk pin', () => {
  it('adds 95 numbers with 3 batch calls and reports progress through storage', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    const seen: number[] = [];
    const unwatch = bulkProgressItem.watch((p) => p && seen.push(p.done));
    const started = await startBulk(numbers(95).map((n) => ({ number: n, carrier: 'dhl' })));
    expect(started).toMatchObject({ total: 95, done: 0, state: 'running' });
    const final = await runBulk();
    unwatch();
    expect(final).toMatchObject({ total: 95, done: 95, added: 95, state: 'done', failed: [] });
    expect(calls(sb, 'batch')).toBe(3);
    expect(Object.keys(await readWatchlist())).toHaveLength(95);
    expect(seen).toEqual(expect.arrayContaining([40, 80, 95]));
  });

  it('resumes after a worker restart from the saved queue without re-sending finished batches', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    const entries = numbers(95, 'TPR').map((n) => ({ number: n, carrier: 'dhl' }));
    // A job the previous worker saved after its first batch: 40 pinned, 55 still queued.
    await startBulk(entries.slice(0, 40));
    await runBulk();
    await bulkProgressItem.setValue({ jobId: 'job-1', total: 95, done: 40, added: 40, failed: [], state: 'running' });
    await bulkQueueItem.setValue({ jobId: 'job-1', pending: entries.slice(40) });
    sb.clearLog();
    const { resumeBulk } = await import('@/utils/background/bulk/bulk');
    await resumeBulk();
    expect(calls(sb, 'batch')).toBe(2);
    expect(await bulkProgressItem.getValue()).toMatchObject({ done: 95, added: 95, state: 'done' });
    expect(Object.keys(await readWatchlist())).toHaveLength(95);
  });

  it('can be cancelled: no further batches are sent', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.empty });
    await startBulk(numbers(95, 'TPC').map((n) => ({ number: n, carrier: 'dhl' })));
    await cancelBulk();
    await runBulk();
    expect((await bulkProgressItem.getValue())?.state).toBe('cancelled');
    expect(calls(sb, 'batch')).toBeLessThanOrEqual(1);
  });

  it('reports numbers it cannot place and stops with the reason when the quota runs out', async () => {
    await configure(sb, { apiKey: DEMO_KEYS.lowQuota });
    await startBulk([{ number: 'NOT A NUMBER' }, ...numbers(5, 'TPQ').map((n) => ({ number: n, carrier: 'dhl' }))]);
    const final = await runBulk();
    expect(final?.total).toBe(6);
    expect(final?.added).toBe(3);
    expect(final?.failed).toHaveLength(3);
    expect(final?.failed[0]?.number).toBe('NOT A NUMBER');
  });
});
