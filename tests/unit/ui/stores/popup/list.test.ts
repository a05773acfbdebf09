import { describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { createListStore } from '@/utils/ui/stores/popup/list';
import { summaryOf } from '@/utils/watchlist/view';
import { parcel, pinned } from '../../../components/fixtures';
import { Fail, fakePopupServices } from '../../../components/fake-services';

const shoes = pinned(parcel({ number: 'SHOES12345', status: 'delivered' }), { title: 'Shoes' });
const boots = pinned(parcel({ number: 'BOOTS12345' }), { title: 'Boots' });

function setup(handlers: Parameters<typeof fakePopupServices>[0] = {}, extra: Parameters<typeof fakePopupServices>[2] = {}) {
  const fake = fakePopupServices({ watchlist: () => [shoes, boots], ...handlers }, {}, extra);
  const actionError = signal<ErrorInfo | null>(null);
  const onWatchlist = vi.fn();
  const list = createListStore(fake.services, { actionError, onWatchlist });
  return { ...fake, list, actionError, onWatchlist };
}

describe('popup list slice', () => {
  it('without an index builds the rows from the full watchlist, and says so to the details slice', async () => {
    const { list, onWatchlist } = setup();
    await list.reload();
    expect(list.pins.value?.map((p) => p.title)).toEqual(['Shoes', 'Boots']);
    expect(list.watchlist.value).toHaveLength(2);
    expect(onWatchlist).toHaveBeenCalledTimes(1);
  });

  it('with an index does not read the full entries until something uses them', async () => {
    const readWatchlist = vi.fn(async () => [shoes, boots]);
    const { list } = setup({}, { readListIndex: async () => [summaryOf(boots)], readWatchlist });
    await list.reload();
    expect(list.pins.value?.map((p) => p.title)).toEqual(['Boots']);
    expect(readWatchlist).not.toHaveBeenCalled();
    expect(list.watchlist.value).toBeNull();
  });

  it('shows the head (first screen and counts) until the index is read, then the whole list', async () => {
    let painted!: () => void;
    const afterPaint = vi.fn(() => new Promise<void>((r) => (painted = r)));
    const readListIndex = vi.fn(async () => [summaryOf(shoes), summaryOf(boots)]);
    const head = { rev: 'r', rows: [summaryOf(boots)], counts: { all: 2, transit: 1, delivered: 1 } };
    const { list } = setup({}, { readListHead: async () => head, afterPaint, readListIndex });
    const loading = list.reload();
    await vi.waitFor(() => expect(afterPaint).toHaveBeenCalled());
    expect(list.ready.value).toBe(true);
    expect(list.visible.value.map((p) => p.title)).toEqual(['Boots']);
    expect(list.counts.value.all).toBe(2);
    expect(list.visibleTotal.value).toBe(2); // screen readers hear the whole list's size
    // Filtering before the index is in does not pretend the head is the whole list.
    list.setFilter('delivered');
    expect(list.visible.value).toEqual([]);
    list.setFilter('all');
    expect(readListIndex).not.toHaveBeenCalled(); // the index waits for the head's frame
    painted();
    await loading;
    expect(list.visible.value.map((p) => p.title).sort()).toEqual(['Boots', 'Shoes']);
    expect(list.head.value).toBeNull();
  });

  it('filters by status and text through its actions, and selects what is visible', async () => {
    const { list } = setup();
    await list.reload();
    list.setFilter('delivered');
    expect(list.visible.value.map((p) => p.title)).toEqual(['Shoes']);
    list.setFilter('all');
    list.setListQuery('boo');
    expect(list.visible.value.map((p) => p.title)).toEqual(['Boots']);
    list.selectAllVisible(true);
    expect([...list.selected.value]).toEqual([boots.key]);
    list.toggleSelected(boots.key);
    expect(list.selected.value.size).toBe(0);
  });

  it('drops selected keys that left the list', async () => {
    let stored = [shoes, boots];
    const { list } = setup({ watchlist: () => stored });
    await list.reload();
    list.toggleSelected(shoes.key);
    list.toggleSelected(boots.key);
    stored = [boots];
    await list.reload();
    expect([...list.selected.value]).toEqual([boots.key]);
  });

  it('reports a failed bulk action and keeps the selection', async () => {
    const { list, actionError, log } = setup({ unpin: () => new Fail({ kind: 'storage', message: 'disk full' }) });
    await list.reload();
    list.toggleSelected(shoes.key);
    await list.bulk('unpin');
    expect(log.at(-1)).toEqual({ type: 'unpin', payload: { keys: [shoes.key] } });
    expect(actionError.value?.message).toBe('disk full');
    expect(list.selected.value.size).toBe(1);
  });

  it('a storage failure becomes an error with an empty list, not a spinner', async () => {
    const { list } = setup({}, { readWatchlist: async () => Promise.reject(new Error('corrupt')) });
    await list.reload();
    expect(list.watchlistError.value).toEqual({ kind: 'storage', message: 'corrupt' });
    expect(list.pins.value).toEqual([]);
  });

  it('finds a pin by carrier and number, whatever spacing the number was typed with', async () => {
    const { list } = setup();
    await list.reload();
    expect(list.findPinned('boots 12345', 'ups')).toBe(boots);
    expect(list.findPinned('BOOTS12345', null)).toBe(boots);
    expect(list.findPinned('BOOTS12345', 'dhl')).toBeNull();
  });
});
