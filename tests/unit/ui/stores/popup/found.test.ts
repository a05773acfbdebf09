import { describe, expect, it } from 'vitest';
import { createFoundStore } from '@/utils/ui/stores/popup/found';
import { fakePopupServices } from '../../../components/fake-services';

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

  it('on a page without the content script keeps the host and says why', async () => {
    const fake = fakePopupServices({}, {});
    const found = createFoundStore(fake.services);
    await found.loadFound();
    expect(found.found.value).toEqual({ host: 'shop.example', tabId: 7, enabled: true, numbers: [] });
    expect(found.foundError.value?.kind).toBe('internal');
  });
});
