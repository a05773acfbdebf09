import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createPopupStore, type PopupStore } from '@/utils/ui/stores/popup';
import { locale } from '@/utils/i18n';
import type { LookupReply, StatusReply } from '@/utils/messages/background-api';
import type { PinnedShipment } from '@/utils/watchlist/model';
import { awb, event, parcel, pinned } from './fixtures';
import { Fail, fakePopupServices, flush, type Handlers } from './fake-services';

const STATUS: StatusReply = {
  version: '0.1.0',
  configured: true,
  progress: null,
  problems: 0,
  missingHost: null,
  provider: 'trackingmore-v2',
  pinned: 0,
  unread: 0,
  pausedUntil: null,
  lastPollAt: null,
  lastPollError: null,
};

function reply(shipment = parcel(), extra: Partial<LookupReply> = {}): LookupReply {
  return { shipment, fetchedAt: Date.parse('2026-11-21T11:00:00'), fromCache: false, pinned: false, ...extra };
}

function renderPopup(store: PopupStore) {
  render(
    <PopupStoreContext.Provider value={store}>
      <PopupApp />
    </PopupStoreContext.Provider>,
  );
}

async function mount(handlers: Handlers, opts: { hash?: string; tab?: Handlers; identify?: boolean } = {}) {
  const fake = fakePopupServices(
    { status: () => STATUS, watchlist: () => [], 'transit-times': () => null, 'mark-read': () => null, ...handlers },
    opts.tab ?? { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers: [] }) },
    opts.identify
      ? {
          identify: (s) =>
            s.replace(/\D/g, '').startsWith('172')
              ? { number: '172-28891936', kind: 'awb', carriers: [], label: 'air waybill – Cargolux' }
              : { number: s.replace(/[\s-]/g, '').toUpperCase(), kind: 'parcel', carriers: ['ups'], label: 'UPS' },
        }
      : {},
  );
  const store = createPopupStore(fake.services);
  store.actions.subscribe();
  renderPopup(store);
  await act(async () => {
    await store.actions.init(opts.hash ?? '');
    await flush();
  });
  return { ...fake, store };
}

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('pinned list', () => {
  const list: PinnedShipment[] = [
    pinned(parcel({ number: 'OLD1234567', events: [event({ date: '2026-11-01 10:00', description: 'Old news' })] }), {
      title: 'Old thing',
      pinnedAt: Date.parse('2026-10-01T10:00:00Z'),
    }),
    pinned(parcel({ status: 'delivered', events: [event({ date: '2026-11-20 09:00', description: 'Delivered to neighbour', status: 'delivered' })] }), {
      title: 'Shoes',
      unread: true,
    }),
    pinned(null, { number: 'RR123456785CN', carrier: 'china-post', pinnedAt: Date.parse('2026-11-05T10:00:00Z') }),
    pinned(parcel({ number: 'ARCH123456' }), { archived: true, title: 'Archived one' }),
  ];

  it('lists newest activity first with status, last event, age and an unread dot; archived ones hidden', async () => {
    await mount({ watchlist: () => list });
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('tp-row'));
    expect(rows.map((r) => r.querySelector('.tp-row-title')!.textContent)).toEqual(['Shoes', 'RR123456785CN', 'Old thing']);
    expect(within(rows[0]!).getByText('Delivered')).toBeTruthy();
    expect(within(rows[0]!).getByText('Delivered to neighbour')).toBeTruthy();
    expect(within(rows[0]!).getByRole('img', { name: 'New update' })).toBeTruthy();
    expect(rows[0]!.textContent).toMatch(/yesterday|day ago/);
    expect(within(rows[2]!).queryByRole('img', { name: 'New update' })).toBeNull();
    expect(screen.queryByText('Archived one')).toBeNull();
  });

  it('filters by status (with counts) and by text', async () => {
    await mount({ watchlist: () => list });
    fireEvent.click(screen.getByRole('button', { name: /Delivered \(1\)/ }));
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('tp-row'))).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /All \(3\)/ }));
    fireEvent.input(screen.getByPlaceholderText('Filter pinned shipments'), { target: { value: 'rr 1234' } });
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('tp-row'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('RR123456785CN');
  });

  it('bulk-unpins the selected rows', async () => {
    const { log } = await mount({ watchlist: () => list, unpin: () => ({ removed: 2 }) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Shoes' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Old thing' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(screen.getByRole('group', { name: '2 selected' })).getByRole('button', { name: 'Unpin' }));
      await flush();
    });
    const unpin = log.find((l) => l.type === 'unpin');
    expect((unpin!.payload as { keys: string[] }).keys.sort()).toEqual([list[0]!.key, list[1]!.key].sort());
  });

  it('renders only the rows near the viewport, each telling its place in the whole list', async () => {
    const many = Array.from({ length: 300 }, (_, i) => pinned(null, { number: `RB${10000000 + i}CN`, carrier: 'china-post', pinnedAt: i }));
    await mount({ watchlist: () => many });
    const rows = [...document.querySelectorAll('.tp-row')];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.every((r) => r.getAttribute('aria-setsize') === '300')).toBe(true);
    // The rows not rendered still take their space, so the scrollbar is the whole list's.
    const list = document.querySelector<HTMLElement>('.tp-rows')!;
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan(200 * 60);
  });

  it('explains pinning when the list is empty', async () => {
    await mount({});
    expect(screen.getByText('Nothing pinned yet')).toBeTruthy();
    expect(screen.getByText(/Pin a shipment from its details/)).toBeTruthy();
  });

  it('updates live when the stored watchlist changes', async () => {
    let current: PinnedShipment[] = [];
    const { fireWatchlistChange } = await mount({ watchlist: () => current });
    current = [list[1]!];
    await act(async () => {
      fireWatchlistChange();
      await flush();
    });
    expect(screen.getByText('Shoes')).toBeTruthy();
  });
});

describe('search and details', () => {
  it('shows the identified carrier while typing, and Enter opens the details', async () => {
    const { log } = await mount({ lookup: () => reply() }, { identify: true });
    const box = screen.getByRole('searchbox', { name: 'Tracking number or air waybill' });
    fireEvent.input(box, { target: { value: '1Z 999 AA1 0123456784' } });
    expect(screen.getByText('Looks like: UPS')).toBeTruthy();
    await act(async () => {
      fireEvent.submit(box.closest('form')!);
      await flush();
    });
    expect(log.find((l) => l.type === 'lookup')!.payload).toEqual({ number: '1Z999AA10123456784', carrier: 'ups' });
    expect(screen.getByRole('region', { name: 'Shipment summary' })).toBeTruthy();
    expect(screen.getByText('Customs cleared')).toBeTruthy();
    expect(screen.getByText('Out for delivery', { selector: '.tp-milestone' })).toBeTruthy();
  });

  it('shows "air waybill – Cargolux" for an AWB and its flight legs', async () => {
    await mount({ lookup: () => reply(awb()) }, { identify: true });
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: '172 2889 1936' } });
    expect(screen.getByText('Looks like: air waybill – Cargolux')).toBeTruthy();
    await act(async () => {
      fireEvent.submit(box.closest('form')!);
      await flush();
    });
    expect(screen.getByRole('img', { name: 'Route: XMN → LUX → MXP' })).toBeTruthy();
    expect(screen.getByText('CV9731')).toBeTruthy();
    expect(screen.getByText(/Delayed 2 hr 15 min/)).toBeTruthy();
    expect(screen.getByText('Cargo events')).toBeTruthy();
  });

  it('opens straight into details from the URL hash, and pins', async () => {
    let list: PinnedShipment[] = [];
    const { log } = await mount(
      {
        lookup: () => reply(),
        watchlist: () => list,
        pin: () => {
          list = [pinned(parcel())];
          return list[0];
        },
        'set-status': () => ({ updated: 1 }),
      },
      { hash: '#/details/ups/1Z999AA10123456784' },
    );
    expect(log.find((l) => l.type === 'lookup')!.payload).toEqual({ number: '1Z999AA10123456784', carrier: 'ups' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
      await flush();
    });
    expect(log.find((l) => l.type === 'pin')!.payload).toEqual({ number: '1Z999AA10123456784', carrier: 'ups' });
    expect(screen.getByRole('button', { name: 'Unpin' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /More actions/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Mark delivered' }));
      await flush();
    });
    expect(log.find((l) => l.type === 'set-status')!.payload).toEqual({ keys: ['ups:1Z999AA10123456784'], action: 'delivered' });
  });

  it('edits title and notes, and changes the carrier of a pinned shipment', async () => {
    let item = pinned(parcel());
    const { log } = await mount(
      {
        watchlist: () => [item],
        lookup: (p: { carrier?: string }) => reply(p.carrier === 'dhl' ? parcel({ carrier: { code: 'dhl', name: 'DHL Express' } }) : parcel(), { pinned: true }),
        edit: (p: { title: string | null; notes: string | null }) => (item = { ...item, title: p.title, notes: p.notes }),
        'change-carrier': () => item,
      },
      { hash: '#/details/ups/1Z999AA10123456784' },
    );
    fireEvent.click(screen.getByRole('button', { name: /More actions/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit title and notes' }));
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Keyboard' } });
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'Leave at the door' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await flush();
    });
    expect(log.find((l) => l.type === 'edit')!.payload).toEqual({ key: item.key, title: 'Keyboard', notes: 'Leave at the door' });
    expect(screen.getByRole('heading', { name: 'Keyboard' })).toBeTruthy();
    expect(screen.getByText('Leave at the door')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /More actions/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Change carrier' }));
    fireEvent.input(screen.getByLabelText('Carrier code'), { target: { value: 'DHL' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Look up with this carrier' }));
      await flush();
      await flush();
    });
    expect(log.find((l) => l.type === 'change-carrier')!.payload).toEqual({ key: item.key, carrier: 'dhl' });
    expect(log.filter((l) => l.type === 'lookup').at(-1)!.payload).toEqual({ number: '1Z999AA10123456784', carrier: 'dhl' });
    expect(screen.getByRole('region', { name: 'Shipment summary' }).textContent).toContain('DHL Express');
  });

  it('shows origin and destination legs apart', async () => {
    const events = [
      event({ date: '2026-11-20 09:15', description: 'In consegna', leg: 'destination' }),
      event({ date: '2026-11-12 10:00', description: 'Accepted', leg: 'origin' }),
    ];
    const s = parcel({
      events,
      origin: { carrierCode: 'china-post', weblink: null, phone: null, events: [events[1]!] },
      destination: { carrierCode: 'poste-italiane', weblink: 'https://www.poste.it', phone: '803 160', events: [events[0]!] },
    });
    await mount({ lookup: () => reply(s) }, { hash: '#/details/auto/RR123456785CN' });
    const dest = screen.getByRole('region', { name: 'Destination carrier' });
    const origin = screen.getByRole('region', { name: 'Origin carrier' });
    expect(within(dest).getByText('In consegna')).toBeTruthy();
    expect(within(dest).queryByText('Accepted')).toBeNull();
    expect(within(origin).getByText('Accepted')).toBeTruthy();
  });

  it('shows an ETA range from transit times', async () => {
    await mount({ lookup: () => reply(), 'transit-times': () => ({ minDays: 10, maxDays: 14, samples: 120 }) }, { hash: '#/details/ups/1Z999AA10123456784' });
    await act(flush);
    expect(screen.getByText(/Nov 22 – Nov 26 \(usually 10–14 days\)/)).toBeTruthy();
  });

  it("shows the carrier's expected day first, without asking for transit statistics", async () => {
    let asked = 0;
    const transit = () => (asked++, { minDays: 10, maxDays: 14, samples: 120 });
    await mount({ lookup: () => reply(parcel({ expectedDelivery: '2026-12-03' })), 'transit-times': transit }, { hash: '#/details/ups/1Z999AA10123456784' });
    await act(flush);
    const eta = screen.getByText("Expected delivery: Thursday, December 3 (the carrier's estimate)").parentElement!;
    expect(eta.classList.contains('tp-progress-eta')).toBe(true);
    expect(eta.textContent).toContain('Expected Thu, Dec 3');
    expect(eta.textContent).not.toContain('usually');
    expect(asked).toBe(0);
  });

  it('a delivered parcel shows no expected window, even with a carrier day', async () => {
    const delivered = parcel({ status: 'delivered', expectedDelivery: '2026-12-03' });
    await mount({ lookup: () => reply(delivered), 'transit-times': () => ({ minDays: 10, maxDays: 14, samples: 120 }) }, { hash: '#/details/ups/1Z999AA10123456784' });
    await act(flush);
    expect(screen.getByRole('list', { name: 'Step 5 of 5: Delivered' })).toBeTruthy();
    expect(document.querySelector('.tp-progress-eta')).toBeNull();
  });

  it('a rejected key says so and opens settings', async () => {
    const { opened } = await mount(
      { lookup: () => new Fail({ kind: 'auth', message: 'The API key was rejected.', code: 4001 }) },
      { hash: '#/details/ups/1Z999AA10123456784' },
    );
    expect(screen.getByRole('alert').textContent).toContain('API key rejected');
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(opened).toEqual(['options']);
  });

  it('offline: shows the last known data with its age', async () => {
    const known = pinned(parcel(), { lastCheckedAt: Date.parse('2026-11-21T09:00:00') });
    await mount(
      { watchlist: () => [known], lookup: () => new Fail({ kind: 'network', message: 'Failed to fetch' }) },
      { hash: '#/details/ups/1Z999AA10123456784' },
    );
    expect(screen.getByText('No connection to the tracking service', { exact: false })).toBeTruthy();
    expect(screen.getByText('Showing the last known data, checked 3 hours ago.')).toBeTruthy();
    expect(screen.getByText('Customs cleared')).toBeTruthy();
  });

  it('shows a loading skeleton while the lookup runs', async () => {
    let resolve!: (v: unknown) => void;
    const fake = fakePopupServices({
      status: () => STATUS,
      watchlist: () => [],
      'transit-times': () => null,
      lookup: () => new Promise((r) => (resolve = r)),
    });
    const store = createPopupStore(fake.services);
    renderPopup(store);
    let done!: Promise<void>;
    await act(async () => {
      done = store.actions.init('#/details/ups/1Z999AA10123456784');
      await flush();
      await flush();
    });
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    await act(async () => {
      resolve(reply());
      await done;
      await flush();
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('region', { name: 'Shipment summary' })).toBeTruthy();
  });
});

describe('states and the active tab', () => {
  it('no key configured points to settings', async () => {
    await mount({ status: () => ({ ...STATUS, configured: false }) });
    expect(screen.getByText(/No API key configured/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open settings' })).toBeTruthy();
  });

  it('rate limited says when polling resumes', async () => {
    const now = Date.parse('2026-11-21T12:00:00');
    await mount({ status: () => ({ ...STATUS, pausedUntil: now + 45 * 60_000 }) });
    expect(screen.getByText(/Requests resume at 12:45/)).toBeTruthy();
  });

  it('lists numbers found on the page, one click from details, and switches detection off', async () => {
    const { log, tabLog } = await mount(
      { lookup: () => reply(), 'set-site-enabled': () => ({ enabled: false, offOnPasswordPages: true, uiLanguage: 'auto' }) },
      {
        tab: {
          'found-numbers': () => ({
            host: 'shop.example',
            enabled: true,
            numbers: [{ number: '1Z999AA10123456784', kind: 'parcel', carriers: ['ups'], confidence: 'high' }],
          }),
          'settings-changed': () => null,
        },
      },
    );
    expect(screen.getByRole('heading', { name: 'Found on this page' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'Detect numbers on this site' }));
      await flush();
    });
    expect(log.find((l) => l.type === 'set-site-enabled')!.payload).toEqual({ host: 'shop.example', enabled: false });
    expect(tabLog.find((l) => l.type === 'settings-changed')!.payload).toEqual({ enabled: false });
    expect(screen.getByText('Detection is off on shop.example.')).toBeTruthy();
  });

  it('opens a found number in one click', async () => {
    const { log } = await mount(
      { lookup: () => reply() },
      {
        tab: {
          'found-numbers': () => ({
            host: 'shop.example',
            enabled: true,
            numbers: [{ number: '1Z999AA10123456784', kind: 'parcel', carriers: ['ups'], confidence: 'high' }],
          }),
        },
      },
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /1Z999AA10123456784/ }));
      await flush();
    });
    expect(log.find((l) => l.type === 'lookup')!.payload).toEqual({ number: '1Z999AA10123456784', carrier: 'ups' });
    expect(screen.getByRole('region', { name: 'Shipment summary' })).toBeTruthy();
  });

  it('renders in Polish when the locale is pl', async () => {
    locale.value = 'pl';
    await mount({});
    expect(screen.getByText('Przypięte')).toBeTruthy();
    expect(screen.getByText('Nic jeszcze nie przypięto')).toBeTruthy();
  });
});

describe('list index', () => {
  it('renders the list from the index without reading the full watchlist, which is read on opening details', async () => {
    const { summarisePin } = await import('@/utils/watchlist/summary');
    const full = [pinned(parcel({ number: '1Z999AA10123456784', carrier: { code: 'ups', name: 'UPS' } }), { title: 'Boots' })];
    let fullReads = 0;
    const fake = fakePopupServices(
      { status: () => STATUS, watchlist: () => full, lookup: () => reply(full[0]!.shipment!, { pinned: true }), 'transit-times': () => null },
      { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers: [] }) },
      {
        readListIndex: async () => full.map(summarisePin),
        readWatchlist: async () => {
          fullReads++;
          return full;
        },
      },
    );
    const store = createPopupStore(fake.services);
    renderPopup(store);
    await act(async () => {
      await store.actions.init('');
      await flush();
    });
    expect(screen.getByText('Boots')).toBeTruthy();
    expect(screen.getByText('Out for delivery')).toBeTruthy();
    expect(fullReads).toBe(0);
    await act(async () => {
      fireEvent.click(screen.getByText('Boots'));
      await flush();
      await flush();
    });
    expect(fullReads).toBe(1);
    expect(screen.getByRole('button', { name: /unpin/i })).toBeTruthy();
  });
});

describe('last check error', () => {
  it('shows the last failed check on the row and in the details', async () => {
    const p = pinned(parcel({ number: '1Z999AA10123456784', carrier: { code: 'ups', name: 'UPS' } }), {
      title: 'Boots',
      lastError: { kind: 'server', message: 'The provider did not answer' },
    });
    const ok = pinned(parcel({ number: '300403513351', carrier: { code: '4px', name: '4PX' } }), { title: 'Socks' });
    await mount({ watchlist: () => [p, ok], lookup: () => reply(p.shipment!, { pinned: true }) });
    expect(screen.getAllByText('Last check failed: The provider did not answer')).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByText('Boots'));
      await flush();
      await flush();
    });
    expect(screen.getByText('Last check failed: The provider did not answer').className).toBe('tp-last-error');
  });
});

describe('popup: carrier-specific fields (4122)', () => {
  it('asks for the fields the courier requires and pins again with them', async () => {
    let list: PinnedShipment[] = [];
    let calls = 0;
    const { log } = await mount(
      {
        lookup: () => reply(),
        watchlist: () => list,
        pin: () => {
          calls += 1;
          if (calls === 1) return new Fail({ kind: 'invalid-input', message: 'This carrier needs more details.', code: 4122, fields: ['tracking_postal_code', 'tracking_ship_date'] });
          list = [pinned(parcel())];
          return list[0];
        },
      },
      { hash: '#/details/ups/1Z999AA10123456784' },
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin' }));
      await flush();
    });
    fireEvent.input(screen.getByLabelText('Postal code'), { target: { value: '1012AB' } });
    fireEvent.input(screen.getByLabelText('Ship date'), { target: { value: '2026-11-18' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Pin with these details' }));
      await flush();
    });
    expect(log.filter((l) => l.type === 'pin').at(-1)!.payload).toEqual({
      number: '1Z999AA10123456784',
      carrier: 'ups',
      fields: { tracking_postal_code: '1012AB', tracking_ship_date: '20261118' },
    });
    expect(screen.getByRole('button', { name: 'Unpin' })).toBeTruthy();
    expect(screen.queryByLabelText('Postal code')).toBeNull();
  });
});

