// The API key moves out of storage.local (readable by Firefox content scripts) into the extension origin's
// IndexedDB; settings stored before the move keep their key and lose nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { readSettings, writeSettings } from '@/utils/settings/store';
import { readApiKey } from '@/utils/settings/secret';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;

beforeEach(() => fakeBrowser.reset());

describe('API key storage', () => {
  it('migrates a key stored in storage.local (the old shape) and keeps every other setting', async () => {
    const old = { ...DEFAULT_SETTINGS, apiKey: 'tm-old-key-123', pollMinutes: 60, disabledSites: ['a.example'], onboarded: true };
    await fakeBrowser.storage.local.set({ settings: old });
    expect(await readSettings()).toEqual(old);
    expect(await stored()).toEqual({ ...old, apiKey: '' });
    expect(await readApiKey()).toBe('tm-old-key-123');
    expect(await readSettings()).toEqual(old);
  });

  it('writes new settings with the key only in IndexedDB', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, apiKey: 'tm-new-key-456' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tm-new-key-456');
    expect((await readSettings()).apiKey).toBe('tm-new-key-456');
    await writeSettings({ ...DEFAULT_SETTINGS, apiKey: '' });
    expect((await readSettings()).apiKey).toBe('');
  });

  it('leaves the key in storage.local when IndexedDB cannot take it', async () => {
    const old = { ...DEFAULT_SETTINGS, apiKey: 'tm-old-key-123' };
    await fakeBrowser.storage.local.set({ settings: old });
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('IndexedDB unavailable');
    });
    await expect(readSettings()).rejects.toThrow('IndexedDB unavailable');
    expect((await stored())?.apiKey).toBe('tm-old-key-123');
    spy.mockRestore();
    expect((await readSettings()).apiKey).toBe('tm-old-key-123');
  });
});
