import { describe, expect, it } from 'vitest';
import { createFoundStore } from '@/utils/ui/stores/popup/found';
import type { FoundNumber } from '@/utils/messages/content-api';
import { fakePopupServices } from '../../../components/fake-services';
import { fakeSites } from '../../../components/fake-sites';

const numbers = [{ number: '1Z999AA10123456784', kind: 'parcel' as const, carriers: ['ups'] }];

describe('popup found-on-page slice', () => {
  it('reads the numbers from the active tab, and switching the site off empties them', async () => {
    const fake = fakePopupServices(
      { 'set-site-enabled': (p: { enabled: boolean }) => ({ enabled: p.enabled }) },
      { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers }), 'settings-changed': () => null },
    );
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value).toEqual({ host: 'shop.example', tabId: 7, enabled: true, numbers });
    await found.setSiteEnabled(false);
    expect(found.found.value).toMatchObject({ enabled: false, numbers: [] });
    expect(fake.tabLog.at(-1)).toEqual({ type: 'settings-changed', payload: { enabled: false } });
  });

  it('lists the numbers of every frame: subframes report separately and are merged without duplicates', async () => {
    let report: ((frameId: number, n: FoundNumber[]) => void) | null = null;
    const inFrame = { number: '172-28891936', kind: 'awb' as const, carriers: [], confidence: 'high' as const };
    const fake = fakePopupServices(
      {},
      { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers }) },
      { watchFrameNumbers: (_tab, cb) => ((report = cb), () => undefined) },
    );
    const found = createFoundStore(fake.services);
    await found.loadFound();
    report!(3, [...numbers, inFrame] as FoundNumber[]);
    expect(found.found.value?.numbers.map((n) => n.number)).toEqual(['1Z999AA10123456784', '172-28891936']);
  });

  it('on a page without the content script keeps the host and says why', async () => {
    const fake = fakePopupServices({}, {});
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value).toEqual({ host: 'shop.example', tabId: 7, enabled: true, numbers: [] });
    expect(found.foundError.value?.kind).toBe('internal');
  });
});

describe('popup site switch in "only sites I allow" mode', () => {
  const allowOnly = { 'get-settings': () => ({ siteAccess: 'allowed-only' }) };

  it('on a site not allowed (no content script) shows the switch off; turning it on asks the browser for that site', async () => {
    const sites = fakeSites({ all: false });
    const fake = fakePopupServices(allowOnly, {}, { sites: sites.sites });
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value).toMatchObject({ host: 'shop.example', enabled: false, allowOnly: true });
    await found.setSiteAllowed(true);
    expect(sites.calls).toEqual(['request shop.example']);
    expect(found.found.value).toMatchObject({ enabled: true });
  });

  it('a declined prompt leaves the switch off', async () => {
    const sites = fakeSites({ all: false, grant: false });
    const fake = fakePopupServices(allowOnly, {}, { sites: sites.sites });
    const found = createFoundStore(fake.services);
    await found.loadFound();
    await found.setSiteAllowed(true);
    expect(found.found.value).toMatchObject({ enabled: false });
  });

  it('turning an allowed site off gives the permission back and clears the marks at once', async () => {
    const sites = fakeSites({ all: false, hosts: ['shop.example'] });
    const fake = fakePopupServices(
      allowOnly,
      { 'found-numbers': () => ({ host: 'shop.example', enabled: true, numbers }), 'settings-changed': () => null },
      { sites: sites.sites },
    );
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value).toMatchObject({ enabled: true, allowOnly: true, numbers });
    await found.setSiteAllowed(false);
    expect(sites.hosts.has('shop.example')).toBe(false);
    expect(found.found.value).toMatchObject({ enabled: false, numbers: [] });
    expect(fake.tabLog.at(-1)).toEqual({ type: 'settings-changed', payload: { enabled: false } });
  });

  it('the default mode keeps the detection switch (no permission asked)', async () => {
    const sites = fakeSites();
    const fake = fakePopupServices({ 'get-settings': () => ({ siteAccess: 'all-except-sensitive' }) }, {}, { sites: sites.sites });
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value?.allowOnly).toBeUndefined();
  });
});
