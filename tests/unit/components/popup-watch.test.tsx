// The popup's watch controls: "Check now" with progress and the last check time, why it is unavailable,
// and the storage-full and set-aside banners.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createPopupStore } from '@/utils/ui/stores/popup';
import { locale } from '@/utils/i18n';
import type { StatusReply } from '@/utils/messages/background-api';
import type { PopupServices } from '@/utils/ui/services';
import { parcel, pinned } from './fixtures';
import { Fail, fakePopupServices, flush, type Handlers } from './fake-services';

const NOW = Date.parse('2026-11-21T12:00:00');
const STATUS: StatusReply = {
  version: '0.1.0', configured: true, provider: 'trackingmore-v2', pinned: 1, unread: 0,
  pausedUntil: null, lastPollAt: NOW - 5 * 60_000, lastPollError: null, progress: null, problems: 0, missingHost: null,
};

async function mount(handlers: Handlers, extra: Partial<PopupServices> = {}, hash = '') {
  const fake = fakePopupServices(
    { status: () => STATUS, watchlist: () => [pinned(parcel(), { title: 'Keyboard' })], ...handlers },
    { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers: [] }) },
    extra,
  );
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

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('check now', () => {
  it('runs a poll, shows its progress, then the new last check time', async () => {
    let status = STATUS;
    let finish!: () => void;
    const { log } = await mount({
      status: () => status,
      'poll-now': () => new Promise<null>((r) => (finish = () => r(null))),
    });
    expect(screen.getByText('Last checked 5 minutes ago')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Check now: every pinned parcel' });
    status = { ...STATUS, progress: { done: 40, total: 120 } };
    await act(async () => {
      fireEvent.click(button);
      await flush();
    });
    expect(log.filter((e) => e.type === 'poll-now')).toHaveLength(1);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByText('Checking… 40 of 120')).toBeTruthy(), { timeout: 2000 });
    status = { ...STATUS, lastPollAt: NOW };
    await act(async () => {
      finish();
      await flush();
      await flush();
    });
    expect(screen.getByText('Last checked this minute')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why it is unavailable: paused, no key, offline', async () => {
    await mount({ status: () => ({ ...STATUS, pausedUntil: NOW + 3_600_000 }) });
    expect(screen.getByText(/Checks are paused until/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Check now: every pinned parcel' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    await mount({ status: () => ({ ...STATUS, configured: false }) });
    expect(screen.getByText('Add your API key in settings to check parcels.')).toBeTruthy();
    cleanup();
    await mount({}, { online: () => false });
    expect(screen.getByText(/You are offline/)).toBeTruthy();
  });
});

describe('check now in details', () => {
  it('is unavailable while polling is paused, and says until when', async () => {
    await mount(
      { status: () => ({ ...STATUS, pausedUntil: NOW + 3_600_000 }), lookup: () => ({ shipment: parcel(), fetchedAt: NOW, fromCache: true, pinned: false }), 'transit-times': () => null },
      {},
      '#/details/ups/1Z999AA10123456784',
    );
    const button = screen.getByRole('button', { name: /Check now/ }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toMatch(/Checks are paused until/);
  });
});

describe('banners', () => {
  it('a poll that could not save shows the storage-full banner with what to do', async () => {
    const { opened } = await mount({
      status: () => ({ ...STATUS, lastPollError: { kind: 'storage-full', message: "Trackpin's storage is full: the change was not saved." } }),
    });
    expect(screen.getByText("Trackpin's storage is full")).toBeTruthy();
    expect(screen.getByText(/Unpin delivered parcels, or export your pins/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export and clean up' }));
    expect(opened).toEqual(['options']);
  });

  it('set-aside entries show a banner that leads to settings; none without them', async () => {
    await mount({ status: () => ({ ...STATUS, problems: 2 }) });
    expect(screen.getByText(/could not be read \(2\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Review in settings' })).toBeTruthy();
    cleanup();
    await mount({});
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});

describe('carrier picker', () => {
  it('a number the provider could not settle offers its candidates; picking one looks it up under it', async () => {
    const sto = parcel({ number: '402934299065', carrier: { code: 'sto', name: 'STO Express' } });
    const { log } = await mount(
      {
        lookup: (p: { number: string; carrier?: string }) =>
          p.carrier
            ? { shipment: sto, fetchedAt: NOW, fromCache: false, pinned: false }
            : new Fail({ kind: 'no-carrier', message: 'Trackpin could not tell which carrier handles this number. Pick the carrier below.', candidates: ['sto', 'zto', '4px'] }),
        'transit-times': () => null,
        carriers: () => [{ code: 'yunexpress', name: 'Yun Express' }, { code: 'sto', name: 'STO Express' }],
      },
      {},
      '#/details/auto/402934299065',
    );
    expect(screen.getByText(/Which carrier is it\?/)).toBeTruthy();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
    const group = screen.getByRole('group', { name: 'Pick the carrier' });
    expect(group.querySelectorAll('button')).toHaveLength(3);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'STO Express' }));
      await flush();
      await flush();
    });
    expect(log.filter((l) => l.type === 'lookup').at(-1)!.payload).toEqual({ number: '402934299065', carrier: 'sto' });
    expect(screen.queryByText(/Which carrier is it\?/)).toBeNull();
  });

  it('any carrier of the provider\'s list can be picked by its name', async () => {
    const { log } = await mount(
      {
        lookup: (p: { carrier?: string }) => (p.carrier ? { shipment: parcel(), fetchedAt: NOW, fromCache: false, pinned: false } : new Fail({ kind: 'no-carrier', message: 'x', candidates: [] })),
        'transit-times': () => null,
        carriers: () => [{ code: 'yunexpress', name: 'Yun Express' }],
      },
      {},
      '#/details/auto/402934299065',
    );
    await act(async () => {
      fireEvent.input(screen.getByLabelText('Another carrier (name or code)'), { target: { value: 'yun express' } });
      await flush();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Track with this carrier' }));
      await flush();
    });
    expect(log.filter((l) => l.type === 'carriers')).toHaveLength(1);
    expect(log.filter((l) => l.type === 'lookup').at(-1)!.payload).toEqual({ number: '402934299065', carrier: 'yunexpress' });
  });
});
