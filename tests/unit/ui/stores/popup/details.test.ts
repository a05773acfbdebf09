import { describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import type { LookupReply } from '@/utils/messages/background-api';
import type { PopupRoute } from '@/utils/ui/hash-route';
import { createListStore } from '@/utils/ui/stores/popup/list';
import { createDetailsStore } from '@/utils/ui/stores/popup/details';
import { parcel, pinned } from '../../../components/fixtures';
import { Fail, fakePopupServices, type Handlers } from '../../../components/fake-services';

const shipment = parcel();
const reply = (extra: Partial<LookupReply> = {}): LookupReply => ({ shipment, fetchedAt: 0, fromCache: false, pinned: false, ...extra });

function setup(handlers: Handlers) {
  const fake = fakePopupServices({ watchlist: () => [], 'transit-times': () => null, 'mark-read': () => null, ...handlers });
  const route = signal<PopupRoute>({ view: 'details', number: shipment.number, carrier: 'ups' });
  const actionError = signal<ErrorInfo | null>(null);
  const go = vi.fn();
  const list = createListStore(fake.services, { actionError, onWatchlist: () => details.syncPinned() });
  const details = createDetailsStore(fake.services, { route, actionError, list, go });
  return { ...fake, route, actionError, go, list, details };
}

describe('popup details slice', () => {
  it('looks up, then shows the reply with its pin', async () => {
    const pin = pinned(shipment, { unread: true });
    const { details, log } = setup({ watchlist: () => [pin], lookup: () => reply({ pinned: true }) });
    await details.lookup(shipment.number, 'ups');
    const d = details.details.value;
    expect(d?.state === 'ready' && d.pinned).toBe(pin);
    expect(log.map((l) => l.type)).toContain('mark-read');
  });

  it('asks transit times with ISO codes when the reply names the countries (v2: "United States")', async () => {
    const named = parcel({ originCountry: 'China', destinationCountry: 'Italy' });
    const { details, log } = setup({ lookup: () => ({ ...reply(), shipment: named }), 'transit-times': () => ({ minDays: 10, maxDays: 14 }) });
    await details.lookup(named.number, 'ups');
    await vi.waitFor(() => expect(details.eta.value).not.toBeNull());
    expect(log.find((l) => l.type === 'transit-times')?.payload).toEqual({ carrier: 'ups', origin: 'CN', destination: 'IT' });
  });

  it('asks no transit times when a country is neither a code nor a known name', async () => {
    const odd = parcel({ originCountry: 'Atlantis', destinationCountry: 'IT' });
    const { details, log } = setup({ lookup: () => ({ ...reply(), shipment: odd }) });
    await details.lookup(odd.number, 'ups');
    expect(log.some((l) => l.type === 'transit-times')).toBe(false);
    expect(details.eta.value).toBeNull();
  });

  it('drops an answer that arrives after the user moved on', async () => {
    const { details, route } = setup({ lookup: () => reply() });
    const running = details.lookup(shipment.number, 'ups');
    route.value = { view: 'list' };
    await running;
    expect(details.details.value?.state).toBe('loading');
  });

  it('a failed refresh keeps the data on screen and reports the error', async () => {
    let fail = false;
    const { details, actionError } = setup({ lookup: () => (fail ? new Fail({ kind: 'network', message: 'offline' }) : reply()) });
    await details.lookup(shipment.number, 'ups');
    fail = true;
    await details.lookup(shipment.number, 'ups', true);
    expect(details.details.value?.state).toBe('ready');
    expect(actionError.value?.message).toBe('offline');
    expect(details.busy.value).toBe(false);
  });

  it('follows a pin removed elsewhere once the full entries are read again', async () => {
    let stored = [pinned(shipment)];
    const { details, list } = setup({ watchlist: () => stored, lookup: () => reply({ pinned: true }) });
    await details.lookup(shipment.number, 'ups');
    stored = [];
    await list.loadWatchlist();
    const d = details.details.value;
    expect(d?.state === 'ready' && d.pinned).toBeNull();
    expect(d?.state === 'ready' && d.reply.pinned).toBe(false);
  });

  it('changing the carrier of a pin saves it, then opens the details under the new carrier', async () => {
    const pin = pinned(shipment);
    const { details, go, log } = setup({ watchlist: () => [pin], lookup: () => reply({ pinned: true }), 'change-carrier': () => pin });
    await details.lookup(shipment.number, 'ups');
    await details.changeCarrier(' DHL ');
    expect(log.find((l) => l.type === 'change-carrier')?.payload).toEqual({ key: pin.key, carrier: 'dhl' });
    expect(go).toHaveBeenCalledWith({ view: 'details', number: shipment.number, carrier: 'dhl' });
  });
});
