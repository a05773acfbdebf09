import { beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import type { OptionsServices } from '@/utils/ui/services';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { locale } from '@/utils/i18n';
import type { BulkProgress } from '@/utils/messages/background-api';
import { Fail, fakeSend, flush, type Handlers } from './fake-services';
import { parcel, pinned } from './fixtures';
import { fakeSites } from './fake-sites';

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
    sites: fakeSites().sites,
    now: () => Date.parse('2026-11-21T12:00:00Z'),
    hostAccess: { holds: async () => true, request: async () => true },
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
    }, { provider: 'trackingmore-v2' });
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
    fireEvent.click(screen.getByLabelText('Only deliveries, problems and parcels that stopped moving'));
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored()).toMatchObject({ apiKey: 'tm-demo-0001', pollMinutes: 60, notify: 'important' });
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('saves quiet hours and the stalled days, and greys the times out when quiet hours are off', async () => {
    const { stored } = await mount({});
    const start = screen.getByLabelText('From') as HTMLInputElement;
    expect(start.value).toBe('22:00');
    expect((screen.getByLabelText('Until') as HTMLInputElement).value).toBe('07:00');
    fireEvent.change(start, { target: { value: '23:15' } });
    fireEvent.change(screen.getByLabelText('Tell me when a parcel in transit has not moved for (days)'), { target: { value: '500' } });
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored()).toMatchObject({ quietHoursOn: true, quietStart: '23:15', quietEnd: '07:00', stalledDays: 60 });
    fireEvent.click(screen.getByLabelText('Hold notifications during quiet hours'));
    expect(start.disabled).toBe(true);
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored()).toMatchObject({ quietHoursOn: false });
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
      hostAccess: { holds: async () => true, request: async () => true },
      sites: fakeSites().sites,
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
    const { log } = await mount({ 'remote-check': () => ({ remote: [{ carrier: 'ups', country: 'JP', postcode: '7621094' }] }) }, { provider: 'trackingmore-v2' });
    fireEvent.input(screen.getByLabelText('Country'), { target: { value: 'JP' } });
    fireEvent.input(screen.getByLabelText('Postcode'), { target: { value: '7621094' } });
    await click(screen.getByRole('button', { name: 'Check area' }));
    expect(log.find((l) => l.type === 'remote-check')!.payload).toEqual({ country: 'JP', postcode: '7621094' });
    expect(screen.getByText('UPS: remote area (JP 7621094)')).toBeTruthy();
  });
});

describe('options: sensitive sites and privacy log', () => {
  it('shows the sensitive-site kinds off by default and saves the one the user ticks', async () => {
    const { stored } = await mount({});
    const bank = screen.getByLabelText('Detect on banks and payment sites') as HTMLInputElement;
    expect(bank.checked).toBe(false);
    expect((screen.getByLabelText('Detect on pages showing a password field') as HTMLInputElement).checked).toBe(false);
    await click(bank);
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(stored().sensitiveKindsOn).toEqual(['finance']);
  });

  it('lists the requests with their reason and exports them', async () => {
    const entries = [
      { at: Date.parse('2026-11-21T11:00:00Z'), endpoint: 'GET /trackings/{carrier}/{number}', numbers: ['1Z999AA10123456784'], reason: { kind: 'page', host: 'shop.example' } },
      { at: Date.parse('2026-11-21T10:00:00Z'), endpoint: 'GET /trackings/get', numbers: ['RR123456785PL'], reason: { kind: 'scheduled' } },
    ];
    const { downloads } = await mount({ 'privacy-log': () => entries });
    await click(screen.getByRole('button', { name: 'Show requests' }));
    const rows = screen.getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows[0]).toContain('You clicked a number on shop.example');
    expect(rows[0]).toContain('1Z999AA10123456784');
    expect(rows[1]).toContain('Scheduled check');
    await click(screen.getByRole('button', { name: 'Export log (JSON)' }));
    expect(downloads[0]?.filename).toBe('trackpin-privacy-log-2026-11-21.json');
    expect(JSON.parse(downloads[0]!.text)).toEqual(entries);
  });
});

describe('options: TrackingMore API v4', () => {
  it('lists the three providers by API version, v4 first and chosen for a new install', async () => {
    await mount({});
    const select = screen.getByLabelText('Provider') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['TrackingMore (API v4)', 'TrackingMore (API v2, legacy)', 'TrackRU (API v1)']);
    expect(select.value).toBe('trackingmore-v4');
  });

  it('says a v4 key has no quota to show', async () => {
    await mount({ 'check-key': () => ({ email: null, remaining: null, balance: null, registeredAt: null }) });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'tm4-demo-0001' } });
    await click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/Key accepted\..*does not report the remaining quota/);
  });

  it('offers the version a key belongs to and switches provider and endpoint to it', async () => {
    const { log } = await mount({
      'check-key': (p: { provider: string }) =>
        p.provider === 'trackingmore-v4'
          ? { email: 'a@b.test', remaining: 10, balance: null, registeredAt: null, belongsTo: { provider: 'trackingmore-v2', endpoint: 'http://127.0.0.1:9/v2' } }
          : { email: 'a@b.test', remaining: 10, balance: null, registeredAt: null },
    });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'tm-demo-0001' } });
    await click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/not accepted by the API you chose, but it works with TrackingMore \(API v2, legacy\)/)).toBeTruthy();
    expect(screen.queryByText(/Key accepted/)).toBeNull();
    await click(screen.getByRole('button', { name: 'Use TrackingMore (API v2, legacy)' }));
    expect((screen.getByLabelText('Provider') as HTMLSelectElement).value).toBe('trackingmore-v2');
    expect(log.filter((l) => l.type === 'check-key').at(-1)!.payload).toEqual({ provider: 'trackingmore-v2', apiKey: 'tm-demo-0001', endpoint: 'http://127.0.0.1:9/v2' });
    expect(screen.getByText(/Key accepted/)).toBeTruthy();
  });

  it('explains that the remote-area check does not exist on v4 instead of offering a form', async () => {
    await mount({}, { provider: 'trackingmore-v4' });
    expect(screen.queryByLabelText('Postcode')).toBeNull();
    expect(screen.getByText(/TrackingMore \(API v4\) has no remote-area check/)).toBeTruthy();
  });

  it('after switching v2 → v4 offers to re-create the pinned parcels and shows the job', async () => {
    const { log } = await mount(
      { 'recreate-pins': () => ({ jobId: 'j9', state: 'running', total: 20, done: 0, added: 0, failed: [] }) },
      { provider: 'trackingmore-v2', apiKey: 'k' },
    );
    expect(screen.queryByRole('button', { name: 'Re-create pinned parcels' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Provider'), { target: { value: 'trackingmore-v4' } });
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/switched from TrackingMore \(API v2, legacy\) to TrackingMore \(API v4\)/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Re-create pinned parcels' }));
    expect(log.some((l) => l.type === 'recreate-pins')).toBe(true);
    expect(screen.getByText('Re-created 0 of 20')).toBeTruthy();
  });

  it('does not start the re-creation while settings are still being saved', async () => {
    let finishSave: (value: unknown) => void = () => {};
    let saves = 0;
    await mount(
      {
        'save-settings': (p: { settings: Partial<Settings> }) =>
          ++saves === 1 ? { ...DEFAULT_SETTINGS, onboarded: true, ...p.settings } : new Promise((resolve) => (finishSave = () => resolve({ ...DEFAULT_SETTINGS, onboarded: true, ...p.settings }))),
      },
      { provider: 'trackingmore-v2', apiKey: 'k' },
    );
    fireEvent.change(screen.getByLabelText('Provider'), { target: { value: 'trackingmore-v4' } });
    await click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'k4' } });
    await click(screen.getByRole('button', { name: 'Save' }));
    expect((screen.getByRole('button', { name: 'Re-create pinned parcels' }) as HTMLButtonElement).disabled).toBe(true);
    finishSave(null);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Re-create pinned parcels' }) as HTMLButtonElement).disabled).toBe(false));
  });
});
