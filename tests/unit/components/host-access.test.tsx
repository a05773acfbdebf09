// The withheld API host permission in the popup (banner) and the options key section: the reason, one
// button that asks the browser inside the click, and what happens when the user grants or declines.
import { fakeSites } from './fake-sites';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createPopupStore } from '@/utils/ui/stores/popup';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { locale } from '@/utils/i18n';
import type { StatusReply } from '@/utils/messages/background-api';
import type { OptionsServices } from '@/utils/ui/services';
import { Fail, fakePopupServices, fakeSend, flush } from './fake-services';

const API = 'https://api.trackingmore.com/*';
const STATUS: StatusReply = {
  version: '0.1.0', configured: true, provider: 'trackingmore-v4', pinned: 0, unread: 0, pausedUntil: null,
  lastPollAt: null, lastPollError: null, progress: null, problems: 0, missingHost: API,
};

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('popup: host permission banner', () => {
  it('says why, asks inside the click, and goes away once granted', async () => {
    let status = STATUS;
    let answer!: (granted: boolean) => void;
    const request = vi.fn(() => new Promise<boolean>((r) => (answer = r)));
    const fake = fakePopupServices({ status: () => status, watchlist: () => [] }, { 'found-numbers': () => ({ host: '', enabled: true, numbers: [] }) }, {
      hostAccess: { holds: async () => false, request },
    });
    const store = createPopupStore(fake.services);
    render(<PopupStoreContext.Provider value={store}><PopupApp /></PopupStoreContext.Provider>);
    await act(async () => {
      await store.actions.init('');
      await flush();
    });
    expect(screen.getByText(/needs your permission to reach api\.trackingmore\.com/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to api.trackingmore.com' }));
    // Called synchronously in the click: the browser opens its prompt only within a user gesture.
    expect(request).toHaveBeenCalledWith(API);
    status = { ...STATUS, missingHost: null };
    await act(async () => {
      answer(true);
      await flush();
      await flush();
    });
    expect(screen.queryByRole('button', { name: /Allow access/ })).toBeNull();
  });

  it('a lookup refused for the permission shows the banner on its details; declining says how to allow later', async () => {
    const fake = fakePopupServices(
      {
        status: () => ({ ...STATUS, missingHost: null }),
        watchlist: () => [],
        lookup: () => new Fail({ kind: 'host-permission', message: 'The browser does not let Trackpin reach 127.0.0.1.', origin: 'http://127.0.0.1/*' }),
      },
      { 'found-numbers': () => ({ host: '', enabled: true, numbers: [] }) },
      { hostAccess: { holds: async () => false, request: async () => false } },
    );
    const store = createPopupStore(fake.services);
    render(<PopupStoreContext.Provider value={store}><PopupApp /></PopupStoreContext.Provider>);
    await act(async () => {
      await store.actions.init('#/details/ups/1Z999AA10123456784');
      await flush();
    });
    expect(screen.getByRole('alert').textContent).toContain('No access to the tracking service');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Allow access to 127.0.0.1' }));
      await flush();
    });
    expect(screen.getByText(/Access was not granted/)).toBeTruthy();
  });
});

describe('options: host permission in the key section', () => {
  it("the saved provider's API withheld: the reason and the button; granted, the notice goes", async () => {
    let held = false;
    const request = vi.fn(async () => (held = true));
    const services: OptionsServices = {
      send: fakeSend({
        'get-settings': () => ({ ...DEFAULT_SETTINGS, onboarded: true, apiKey: 'k', provider: 'trackingmore-v4', endpoint: '' }),
        problems: () => ({ problems: [], entries: [] }),
      }) as OptionsServices['send'],
      download: () => undefined,
      watchBulkProgress: () => () => undefined,
      sites: fakeSites().sites,
      readBulkProgress: async () => null,
      now: () => 0,
      hostAccess: { holds: async () => held, request },
    };
    const store = createOptionsStore(services);
    render(<OptionsStoreContext.Provider value={store}><OptionsApp /></OptionsStoreContext.Provider>);
    await act(async () => {
      await store.actions.init();
      await flush();
    });
    const button = screen.getByRole('button', { name: 'Allow access to api.trackingmore.com' });
    await act(async () => {
      fireEvent.click(button);
      await flush();
    });
    expect(request).toHaveBeenCalledWith(API);
    expect(screen.queryByRole('button', { name: /Allow access/ })).toBeNull();
  });
});
