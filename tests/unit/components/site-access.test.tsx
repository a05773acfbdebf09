import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SiteAccessSection } from '@/components/options/SiteAccessSection';
import { OptionsStoreContext } from '@/components/options/store-context';
import { FoundOnPage } from '@/components/popup/FoundOnPage';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import { createPopupStore } from '@/utils/ui/stores/popup';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { locale } from '@/utils/i18n';
import { fakePopupServices, fakeSend } from './fake-services';
import { fakeSites } from './fake-sites';

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

async function mountOptions(settings: Partial<Settings>, sites: ReturnType<typeof fakeSites>) {
  let stored: Settings = { ...DEFAULT_SETTINGS, onboarded: true, ...settings };
  const send = fakeSend({ 'get-settings': () => stored, 'save-settings': (p: { settings: Partial<Settings> }) => (stored = { ...stored, ...p.settings }), problems: () => ({ problems: [], entries: [] }) });
  const store = createOptionsStore({
    send: send as never,
    download: () => undefined,
    watchBulkProgress: () => () => undefined,
    readBulkProgress: async () => null,
    sites: sites.sites,
    hostAccess: { holds: async () => true, request: async () => true },
    now: () => 0,
  });
  await store.actions.init();
  render(
    <OptionsStoreContext.Provider value={store}>
      <SiteAccessSection />
    </OptionsStoreContext.Provider>,
  );
  return { store, stored: () => stored };
}

describe('Options → Sites', () => {
  it('allow-only mode lists the allowed sites, each with a labelled Revoke button that gives it back', async () => {
    const sites = fakeSites({ all: false, hosts: ['shop.example'] });
    await mountOptions({ siteAccess: 'allowed-only' }, sites);
    expect((screen.getByRole('radio', { name: /Only sites I allow/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke access to shop.example' }));
    await screen.findByText(/No site allowed yet/);
    expect(sites.hosts.size).toBe(0);
  });

  it('choosing allow-only is saved at once', async () => {
    const { stored } = await mountOptions({}, fakeSites());
    fireEvent.click(screen.getByRole('radio', { name: /Only sites I allow/ }));
    await waitFor(() => expect(stored().siteAccess).toBe('allowed-only'));
  });

  it('the clicked mode shows at once and stays chosen while the browser is asked; declined, it goes back', async () => {
    let answer!: (granted: boolean) => void;
    const sites = fakeSites();
    sites.sites.requestAll = () => new Promise<boolean>((resolve) => (answer = resolve));
    const { store } = await mountOptions({ siteAccess: 'allowed-only' }, sites);
    const all = screen.getByRole('radio', { name: /All sites/ }) as HTMLInputElement;
    fireEvent.click(all);
    await store.siteAccess.load(); // the page redraws meanwhile (e.g. a grant seen elsewhere)
    await waitFor(() => expect(all.checked).toBe(true));
    answer(false);
    await waitFor(() => expect(all.checked).toBe(false));
    expect((screen.getByRole('radio', { name: /Only sites I allow/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('the default mode without all-sites access (a new Chrome install) says so and offers to allow', async () => {
    const sites = fakeSites({ all: false });
    await mountOptions({}, sites);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on all sites' }));
    expect(sites.calls).toEqual(['requestAll']);
  });
});

async function mountFound(siteAccess: Settings['siteAccess'], sites: ReturnType<typeof fakeSites>) {
  const fake = fakePopupServices({ 'get-settings': () => ({ siteAccess }) }, {}, { sites: sites.sites });
  const store = createPopupStore(fake.services);
  await store.found.loadFound();
  render(
    <PopupStoreContext.Provider value={store}>
      <FoundOnPage />
    </PopupStoreContext.Provider>,
  );
}

describe('popup site switch, allow-only mode', () => {
  it('on a site not allowed: an unchecked "Allowed on this site" switch and why nothing is found', async () => {
    const sites = fakeSites({ all: false });
    await mountFound('allowed-only', sites);
    const toggle = screen.getByRole('switch', { name: 'Allowed on this site' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    screen.getByText('Trackpin is not allowed on shop.example: it cannot see this site.');
    fireEvent.click(toggle);
    expect(sites.calls).toEqual(['request shop.example']);
    await screen.findByText('Allowed. Reload the page to find numbers on it.');
  });
});

describe('popup, default mode without the all-sites grant (a new Chrome install)', () => {
  it('says why no page is read and asks for all sites from the click; granted, it says to reload', async () => {
    const sites = fakeSites({ all: false });
    await mountFound('all-except-sensitive', sites);
    screen.getByText(/Trackpin may not read pages yet/);
    expect(screen.queryByRole('switch')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on all sites' }));
    expect(sites.calls).toEqual(['requestAll']);
    await screen.findByText('Allowed. Reload the page to find numbers on it.');
  });

  it('with the grant, nothing of the kind is shown', async () => {
    await mountFound('all-except-sensitive', fakeSites());
    expect(screen.queryByText(/Trackpin may not read pages yet/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Allow on all sites' })).toBeNull();
  });
});
