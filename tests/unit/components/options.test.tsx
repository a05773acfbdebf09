import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import type { OptionsServices } from '@/utils/ui/services';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { locale } from '@/utils/i18n';
import type { BulkProgress } from '@/utils/messages/background-api';
import { Fail, fakeSend, flush, type Handlers } from './fake-services';
import { parcel, pinned } from './fixtures';

async function mount(handlers: Handlers, settings: Partial<Settings> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, onboarded: true, ...settings };
  const log: { type: string; payload: unknown }[] = [];
  const downloads: { filename: string; mime: string; text: string }[] = [];
  let progressListener: (p: BulkProgress | null) => void = () => {};
  const services: OptionsServices = {
    send: fakeSend(
      {
        'get-settings': () => stored,
        'save-settings': (p: { settings: Partial<Settings> }) => (stored = { ...stored, ...p.settings }),
        problems: () => ({ problems: [], entries: [] }),
        ...handlers,
      },
      log,
    ) as OptionsServices['send'],
    download: (filename, mime, text) => downloads.push({ filename, mime, text }),
    watchBulkProgress: (cb) => {
      progressListener = cb;
      return () => {};
    },
    readBulkProgress: async () => null,
    now: () => Date.parse('2026-11-21T12:00:00Z'),
  };
  const store = createOptionsStore(services);
  store.actions.subscribe();
  render(
    <OptionsStoreContext.Provider value={store}>
      <OptionsApp />
    </OptionsStoreContext.Provider>,
  );
  await act(async () => {
    await store.actions.init();
    await flush();
  });
  return { store, log, downloads, emitProgress: (p: BulkProgress) => act(() => progressListener(p)), stored: () => stored };
}

const click = async (el: Element) =>
  act(async () => {
    fireEvent.click(el);
    await flush();
  });

beforeEach(() => {
  cleanup();
  locale.value = 'en';
});

describe('options: API key', () => {
  it('checks the key and shows the account and remaining quota', async () => {
    const { log } = await mount({
      'check-key': () => ({ email: 'demo@trackpin.test', remaining: 4980, balance: null, registeredAt: null }),
    });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: ' tm-demo-0001 ' } });
    fireEvent.click(screen.getByText('Advanced'));
    fireEvent.input(screen.getByLabelText('API endpoint'), { target: { value: 'http://127.0.0.1:9/v2' } });
    await click(screen.getByRole('button', { name: 'Check' }));
    expect(log.find((l) => l.type === 'check-key')!.payload).toEqual({
      provider: 'trackingmore-v2',
      apiKey: 'tm-demo-0001',
      endpoint: 'http://127.0.0.1:9/v2',
    });
    expect(screen.getByText(/Key accepted\. Account: demo@trackpin\.test\. Remaining quota: 4,980\./)).toBeTruthy();
  });

  it('shows the exact error for a rejected key', async () => {
    await mount({ 'check-key': () => new Fail({ kind: 'auth', message: 'The API key was rejected (4001).', code: 4001 }) });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'bad' } });
    await click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('alert').textContent).toContain('API key rejected');
    expect(screen.getByText('The API key was rejected (4001).')).toBeTruthy();
  });

  it('saves the settings the user changed', async () => {
    const { stored } = await mount({});
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'tm-demo-0001' } });
    fireEvent.change(screen.getByLabelText('Check pinned shipments every'), { target: { value: '60' } });
    fireEvent.click(screen.getByLabelText('Only out for delivery, delivered and problems'));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored()).toMatchObject({ apiKey: 'tm-demo-0001', pollMinutes: 60, notify: 'important' });
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('keeps what the user typed before the stored settings arrived', async () => {
    let release!: () => void;
    const stored: Settings = { ...DEFAULT_SETTINGS, onboarded: true, endpoint: 'http://127.0.0.1:1/v2' };
    const store = createOptionsStore({
      send: fakeSend({
        'get-settings': () => new Promise((r) => (release = () => r(stored))),
      }) as OptionsServices['send'],
      download: () => {},
      watchBulkProgress: () => () => {},
      readBulkProgress: async () => null,
      now: () => 0,
    });
    const loading = store.actions.init();
    store.actions.update({ apiKey: 'typed-early' });
    await flush();
    release();
    await loading;
    expect(store.draft.value).toMatchObject({ apiKey: 'typed-early', endpoint: 'http://127.0.0.1:1/v2' });
  });

  it('switches the UI language after saving', async () => {
    await mount({});
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'it' } });
    await click(screen.getByRole('button', { name: 'Save' }));
    // The entrypoint applies the saved language; emulate its effect.
    act(() => {
      locale.value = 'it';
    });
    expect(screen.getByRole('heading', { name: 'Impostazioni di Trackpin' })).toBeTruthy();
  });

  it('lists sites where detection is off, removable', async () => {
    const { stored } = await mount({}, { disabledSites: ['mail.example', 'bank.example'] });
    fireEvent.click(screen.getByRole('button', { name: 'Turn detection back on for mail.example' }));
    expect(screen.queryByText('mail.example')).toBeNull();
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored().disabledSites).toEqual(['bank.example']);
  });
});

describe('options: onboarding', () => {
  it('shows on first run and saves onboarded=true on dismiss', async () => {
    const { stored } = await mount({}, { onboarded: false });
    expect(screen.getByRole('heading', { name: 'Welcome to Trackpin' })).toBeTruthy();
    expect(screen.getByText(/page text never leaves your browser/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Got it' }));
    expect(stored().onboarded).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Welcome to Trackpin' })).toBeNull();
  });
});

describe('options: import and export', () => {
  it('imports pasted numbers with a progress bar and a cancel button', async () => {
    const { log, emitProgress } = await mount({
      'bulk-pin': () => ({ jobId: 'j1', total: 3, done: 0, added: 0, failed: [], state: 'running' }),
      'bulk-cancel': () => null,
    });
    fireEvent.input(screen.getByLabelText('Numbers or CSV to pin'), {
      target: { value: '1Z999AA10123456784\n300403513351\n1Z999AA10123456784\n402934299065' },
    });
    expect(screen.getByText(/3 numbers ready\. 1 duplicates skipped\./)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Pin 3 numbers' }));
    expect((log.find((l) => l.type === 'bulk-pin')!.payload as { entries: unknown[] }).entries).toHaveLength(3);
    emitProgress({ jobId: 'j1', total: 3, done: 2, added: 2, failed: [], state: 'running' });
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.value).toBe(2);
    expect(screen.getByText('Importing: 2 of 3 (2 added)')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(log.some((l) => l.type === 'bulk-cancel')).toBe(true);
    emitProgress({ jobId: 'j1', total: 3, done: 3, added: 2, failed: [{ number: '402934299065', message: 'Not found' }], state: 'done' });
    expect(screen.getByText('Import finished: 2 of 3 added')).toBeTruthy();
    expect(screen.getByText('1 numbers not added')).toBeTruthy();
  });

  it('says why a running import waits, and why a failed one stopped', async () => {
    const { emitProgress } = await mount({});
    emitProgress({ jobId: 'j2', total: 80, done: 40, added: 40, failed: [], state: 'running', error: { kind: 'server', message: 'HTTP 503' } });
    expect(screen.getByRole('status').textContent).toMatch(/^Waiting to continue: .*HTTP 503.*goes on by itself/);
    emitProgress({ jobId: 'j2', total: 80, done: 40, added: 40, failed: [], state: 'failed', error: { kind: 'auth', message: 'Key revoked' } });
    expect(screen.getByRole('status').textContent).toMatch(/^The import stopped: .*Key revoked/);
    emitProgress({ jobId: 'j2', total: 80, done: 80, added: 80, failed: [], state: 'done', error: null });
    expect(screen.queryByText(/Waiting to continue|The import stopped/)).toBeNull();
  });

  it('imports a CSV with carrier and title', async () => {
    const { log } = await mount({ 'bulk-pin': () => ({ jobId: 'j2', total: 2, done: 0, added: 0, failed: [], state: 'running' }) });
    fireEvent.input(screen.getByLabelText('Numbers or CSV to pin'), {
      target: { value: 'number,carrier,title\n1Z999AA10123456784,ups,"Shoes, red"\n300403513351,4px,Phone case' },
    });
    await click(screen.getByRole('button', { name: 'Pin 2 numbers' }));
    expect((log.find((l) => l.type === 'bulk-pin')!.payload as { entries: unknown[] }).entries).toEqual([
      { number: '1Z999AA10123456784', carrier: 'ups', title: 'Shoes, red' },
      { number: '300403513351', carrier: '4px', title: 'Phone case' },
    ]);
  });

  it('exports the watchlist as CSV and JSON downloads', async () => {
    const list = [pinned(parcel(), { title: 'Shoes' })];
    const { downloads } = await mount({ watchlist: () => list });
    await click(screen.getByRole('button', { name: 'Export CSV' }));
    await click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(downloads.map((d) => d.filename)).toEqual(['trackpin-watchlist-2026-11-21.csv', 'trackpin-watchlist-2026-11-21.json']);
    expect(downloads[0]!.text).toContain('1Z999AA10123456784,ups,Shoes,transit,Out for delivery');
    expect(JSON.parse(downloads[1]!.text).watchlist[0].key).toBe('ups:1Z999AA10123456784');
    expect(screen.getByText('Exported 1 shipments.')).toBeTruthy();
  });
});

describe('options: account and remote area', () => {
  it('shows the status summary', async () => {
    await mount({
      account: () => ({
        account: { email: 'demo@trackpin.test', remaining: 100, balance: null, registeredAt: null },
        counts: { transit: 4, delivered: 9, pending: 0 },
      }),
    });
    await click(screen.getByRole('button', { name: 'Show account status' }));
    expect(screen.getByText('In transit').closest('li')!.textContent).toContain('4');
    expect(screen.getByText('Delivered').closest('li')!.textContent).toContain('9');
    expect(screen.queryByText('Pending')).toBeNull();
  });

  it('checks a remote area', async () => {
    const { log } = await mount({ 'remote-check': () => ({ remote: [{ carrier: 'ups', country: 'JP', postcode: '7621094' }] }) });
    fireEvent.input(screen.getByLabelText('Country'), { target: { value: 'JP' } });
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: '7621094' } });
    await click(screen.getByRole('button', { name: 'Check area' }));
    expect(log.find((l) => l.type === 'remote-check')!.payload).toEqual({ country: 'JP', postcode: '7621094' });
    expect(screen.getByText('UPS: remote area (JP 7621094)')).toBeTruthy();
  });
});
