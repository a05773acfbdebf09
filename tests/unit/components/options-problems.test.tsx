// The options page lists set-aside entries (number where readable), exports them as JSON and dismisses them.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import type { OptionsServices } from '@/utils/ui/services';
import type { ProblemsReply } from '@/utils/messages/background-api';
import { locale } from '@/utils/i18n';
import { fakeSend } from './fake-services';
import { flush } from './fake-services';
import { fakeSites } from './fake-sites';

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

const SET_ASIDE: ProblemsReply = {
  problems: [{ item: 'watchlist', message: 'A pinned entry was unreadable', at: 1 }],
  entries: [
    { id: 'watchlist@1764590000000', item: 'watchlist', at: 1764590000000, number: 'BROKEN12345', value: { number: 'BROKEN12345', carrier: 42 } },
    { id: 'settings@1764590000001', item: 'settings', at: 1764590000001, number: null, value: 'garbage' },
  ],
};

async function mount() {
  let reply = SET_ASIDE;
  const log: { type: string; payload: unknown }[] = [];
  const downloads: { filename: string; mime: string; text: string }[] = [];
  const services: OptionsServices = {
    send: fakeSend(
      {
        'get-settings': () => ({ ...DEFAULT_SETTINGS, onboarded: true }),
        problems: () => reply,
        'dismiss-problems': () => ((reply = { problems: [], entries: [] }), null),
      },
      log,
    ) as OptionsServices['send'],
    download: (filename, mime, text) => downloads.push({ filename, mime, text }),
    watchBulkProgress: () => () => {},
    readBulkProgress: async () => null,
    sites: fakeSites().sites,
    now: () => Date.parse('2026-11-21T12:00:00Z'),
    hostAccess: { holds: async () => true, request: async () => true },
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
  return { log, downloads };
}

describe('set-aside entries in options', () => {
  it('lists them, exports them as JSON with their values, and dismisses them', async () => {
    const { log, downloads } = await mount();
    expect(screen.getByText('Number: BROKEN12345')).toBeTruthy();
    expect(screen.getByText('No readable number')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.mime).toBe('application/json');
    expect(JSON.parse(downloads[0]!.text).entries[0].value).toEqual({ number: 'BROKEN12345', carrier: 42 });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      await flush();
      await flush();
    });
    expect(log.some((e) => e.type === 'dismiss-problems')).toBe(true);
    expect(screen.getByText('Dismissed.')).toBeTruthy();
    expect(screen.queryByText('Number: BROKEN12345')).toBeNull();
  });
});
