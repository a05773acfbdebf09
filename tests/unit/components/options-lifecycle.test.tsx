// The options page's lifecycle settings: when delivered parcels move to the archive, and how many pins the
// browser's sync storage holds ("N of M pins are synced").
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import type { OptionsServices } from '@/utils/ui/services';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { locale } from '@/utils/i18n';
import type { SyncStatus } from '@/utils/watchlist/sync';
import { fakeSend, flush } from './fake-services';
import { fakeSites } from './fake-sites';

async function mount(sync: SyncStatus) {
  let stored: Settings = { ...DEFAULT_SETTINGS, onboarded: true };
  const services: OptionsServices = {
    send: fakeSend({
      'get-settings': () => stored,
      'save-settings': (p: { settings: Partial<Settings> }) => (stored = { ...stored, ...p.settings }),
      problems: () => ({ problems: [], entries: [] }),
      'sync-status': () => sync,
    }) as OptionsServices['send'],
    download: () => {},
    watchBulkProgress: () => () => {},
    readBulkProgress: async () => null,
    hostAccess: { holds: async () => true, request: async () => true },
    sites: fakeSites().sites,
    now: () => Date.parse('2026-11-21T12:00:00Z'),
  };
  const store = createOptionsStore(services);
  render(
    <OptionsStoreContext.Provider value={store}>
      <OptionsApp />
    </OptionsStoreContext.Provider>,
  );
  await act(async () => {
    await store.actions.init();
    await flush();
  });
  return { stored: () => stored };
}

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('options: lifecycle', () => {
  it('saves when delivered parcels are archived (7 days by default, or never)', async () => {
    const { stored } = await mount({ synced: 3, total: 3, at: 1, error: null });
    const select = screen.getByLabelText('Archive delivered parcels') as HTMLSelectElement;
    expect(select.value).toBe('7');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Never', '3 days after delivery', '7 days after delivery', '14 days after delivery', '30 days after delivery']);
    fireEvent.change(select, { target: { value: '0' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await flush();
    });
    expect(stored().autoArchiveDays).toBe(0);
  });

  it('says how many pins are synced, and when the sync storage is full', async () => {
    await mount({ synced: 3, total: 3, at: 1, error: null });
    expect(screen.getByText('All 3 pins are synced.')).toBeTruthy();
    cleanup();
    await mount({ synced: 1180, total: 2000, at: 1, error: null });
    expect(screen.getByText('1,180 of 2,000 pins are synced: the browser\u2019s sync storage is full, so the newest are kept there.'.replace('\u2019', "'"))).toBeTruthy();
    cleanup();
    await mount({ synced: 0, total: 0, at: null, error: 'QUOTA_BYTES quota exceeded' });
    expect(screen.getByText('Not synced yet.')).toBeTruthy();
    expect(screen.getByText('The last sync failed: QUOTA_BYTES quota exceeded')).toBeTruthy();
  });
});
