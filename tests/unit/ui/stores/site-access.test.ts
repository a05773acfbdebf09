import { describe, expect, it } from 'vitest';
import { createSiteAccessStore } from '@/utils/ui/stores/site-access';
import { fakeSend } from '../../components/fake-services';
import { fakeSites } from '../../components/fake-sites';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';

function setup(initial: Parameters<typeof fakeSites>[0] = {}) {
  const sites = fakeSites(initial);
  const log: { type: string; payload: unknown }[] = [];
  let stored: Settings = { ...DEFAULT_SETTINGS };
  const send = fakeSend(
    { 'save-settings': (p: { settings: Partial<Settings> }) => (stored = { ...stored, ...p.settings }) },
    log,
  ) as never;
  const saved: Settings[] = [];
  const store = createSiteAccessStore({ send, sites: sites.sites }, (s) => saved.push(s));
  return { store, sites, saved, log };
}

describe('options: site access', () => {
  it('choosing allow-only saves the mode (the background gives all sites back) and lists the granted sites', async () => {
    const { store, saved } = setup({ hosts: ['b.example', 'a.example'] });
    await store.choose('allowed-only');
    expect(saved.at(-1)?.siteAccess).toBe('allowed-only');
    expect(store.allowed.value).toEqual(['a.example', 'b.example']);
  });

  it('choosing all sites asks the browser first; a declined prompt keeps the mode', async () => {
    const declined = setup({ all: false, grant: false });
    await declined.store.choose('all-except-sensitive');
    expect(declined.sites.calls).toEqual(['requestAll']);
    expect(declined.saved).toEqual([]);
    const granted = setup({ all: false });
    await granted.store.choose('all-except-sensitive');
    expect(granted.saved.at(-1)?.siteAccess).toBe('all-except-sensitive');
    expect(granted.store.hasAll.value).toBe(true);
  });

  it('revoking a site removes it from the browser and from the list', async () => {
    const { store, sites } = setup({ hosts: ['a.example'] });
    await store.load();
    await store.revoke('a.example');
    expect(sites.hosts.size).toBe(0);
    expect(store.allowed.value).toEqual([]);
  });

  it('a new install without all-sites access is told so, and can ask for it', async () => {
    const { store } = setup({ all: false });
    await store.load();
    expect(store.hasAll.value).toBe(false);
    await store.allowAll();
    expect(store.hasAll.value).toBe(true);
  });
});
