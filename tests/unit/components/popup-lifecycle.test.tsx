// The popup's lifecycle views: the Archived view (restore, unpin), the duplicate notice with its merge
// form, and Re-track for an expired tracking (offered on v4, explained on v2).
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createPopupStore } from '@/utils/ui/stores/popup';
import { locale } from '@/utils/i18n';
import type { StatusReply } from '@/utils/messages/background-api';
import type { PinnedShipment } from '@/utils/watchlist/model';
import type { Shipment } from '@/utils/shipments/types';
import { parcel, pinned } from './fixtures';
import { fakePopupServices, flush, type Handlers } from './fake-services';

const STATUS: StatusReply = {
  version: '0.1.0', configured: true, provider: 'trackingmore-v4', pinned: 1, unread: 0,
  pausedUntil: null, lastPollAt: null, lastPollError: null, progress: null, problems: 0, missingHost: null,
};
const NUMBER = '1Z999AA10123456784';
const ups = parcel({ number: NUMBER, carrier: { code: 'ups', name: 'UPS' } });
const reply = (shipment: Shipment) => ({ shipment, fetchedAt: Date.parse('2026-11-21T11:00:00'), fromCache: true, pinned: true });

async function mount(list: PinnedShipment[], handlers: Handlers = {}, hash = '') {
  const fake = fakePopupServices({ status: () => STATUS, watchlist: () => list, ...handlers });
  const store = createPopupStore(fake.services);
  render(
    <PopupStoreContext.Provider value={store}>
      <PopupApp />
    </PopupStoreContext.Provider>,
  );
  await act(async () => {
    await store.actions.init(hash);
    await flush();
  });
  return { ...fake, store };
}

const click = async (el: Element) =>
  act(async () => {
    fireEvent.click(el);
    await flush();
    await flush();
  });

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('Archived view', () => {
  it('lists archived pins apart from the pinned list, and restores one', async () => {
    let list = [pinned(ups, { title: 'Keyboard', archived: true }), pinned(parcel({ number: 'TPX0000001' }), { title: 'Books' })];
    const { log } = await mount(list, {
      restore: ({ keys }: { keys: string[] }) => {
        list = list.map((p) => (keys.includes(p.key) ? { ...p, archived: false } : p));
        return { restored: keys.length };
      },
      watchlist: () => list,
    });
    expect(screen.queryByRole('button', { name: /Keyboard/ })).toBeNull();
    await click(screen.getByRole('button', { name: 'Archived (1)' }));
    expect(screen.getByRole('heading', { name: 'Archived' })).toBeTruthy();
    expect(screen.queryByText('Books')).toBeNull();
    await click(screen.getByRole('button', { name: 'Restore Keyboard' }));
    expect(log.find((e) => e.type === 'restore')?.payload).toEqual({ keys: [`ups:${NUMBER}`] });
    expect(screen.getByText('Nothing is archived.')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: /Keyboard/ })).toBeTruthy();
  });
});

describe('duplicates in details', () => {
  it('says the number is pinned under two carriers and merges into the one the user keeps', async () => {
    const list = [pinned(ups, { title: 'Keyboard' }), pinned(null, { number: NUMBER, carrier: 'dhl', title: 'Spare' })];
    const { log } = await mount(list, { lookup: () => reply(ups), 'mark-read': () => null, merge: () => list[1] }, `#/details/ups/${NUMBER}`);
    expect(screen.getByText('Pinned twice.')).toBeTruthy();
    expect(screen.getByText(/pinned under: DHL.*UPS|pinned under: UPS.*DHL/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /DHL/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also delete the others from my API account' }));
    await click(screen.getByRole('button', { name: 'Merge' }));
    expect(log.find((e) => e.type === 'merge')?.payload).toEqual({ keep: `dhl:${NUMBER}`, drop: [`ups:${NUMBER}`], removeFromAccount: true });
  });

  it('shows no notice for a number pinned once', async () => {
    await mount([pinned(ups)], { lookup: () => reply(ups), 'mark-read': () => null }, `#/details/ups/${NUMBER}`);
    expect(screen.queryByText('Pinned twice.')).toBeNull();
  });
});

describe('re-track', () => {
  const expired = { ...ups, status: 'expired' as const };

  it('offers Re-track for an expired pin on TrackingMore v4', async () => {
    const { log } = await mount([pinned(expired)], { lookup: () => reply(expired), 'mark-read': () => null, retrack: () => pinned(ups) }, `#/details/ups/${NUMBER}`);
    await click(screen.getByRole('button', { name: 'Re-track' }));
    expect(log.find((e) => e.type === 'retrack')?.payload).toEqual({ key: `ups:${NUMBER}` });
    expect(log.filter((e) => e.type === 'lookup').length).toBeGreaterThan(1); // fresh data after
  });

  it('explains instead on a provider without retrack, and offers nothing for a live tracking', async () => {
    await mount([pinned(expired)], { status: () => ({ ...STATUS, provider: 'trackingmore-v2' }), lookup: () => reply(expired), 'mark-read': () => null }, `#/details/ups/${NUMBER}`);
    expect(screen.queryByRole('button', { name: 'Re-track' })).toBeNull();
    expect(screen.getByText(/TrackingMore \(API v2, legacy\) cannot restart expired trackings/)).toBeTruthy();
    cleanup();
    await mount([pinned(ups)], { lookup: () => reply(ups), 'mark-read': () => null }, `#/details/ups/${NUMBER}`);
    expect(screen.queryByRole('button', { name: 'Re-track' })).toBeNull();
  });
});
