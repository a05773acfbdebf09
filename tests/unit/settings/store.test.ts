// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSettingsPatch } from '@/utils/settings/schema';
import { readStorageProblems } from '@/utils/storage/problems';
import { readSettings } from '@/utils/settings/store';
import { readWatchlist } from '@/utils/watchlist/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('keeps valid settings fields when one is corrupt, and reports it', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, apiKey: 'abc', pollMinutes: 7, notify: 'important' } });
    const s = await readSettings();
    expect(s.apiKey).toBe('abc');
    expect(s.notify).toBe('important');
    expect(s.pollMinutes).toBe(DEFAULT_SETTINGS.pollMinutes);
    expect((await readStorageProblems())[0]?.message).toMatch(/pollMinutes/);
  });

  it('falls back to defaults when settings are not an object at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', watchlist: { 'dhl:A': { key: 'dhl:A', number: 'TPV3', carrier: 'dhl' } }, 'watchlist$': { v: 2 } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(await readWatchlist())).toHaveLength(1);
  });

  it('validates settings changes strictly', () => {
    expect(parseSettingsPatch({ pollMinutes: 60, notify: 'none' })).toEqual({ ok: true, value: { pollMinutes: 60, notify: 'none' } });
    expect(parseSettingsPatch({ pollMinutes: 45 }).ok).toBe(false);
    expect(parseSettingsPatch({ endpoint: 'javascript:alert(1)' }).ok).toBe(false);
    expect(parseSettingsPatch({ unknownField: 1 }).ok).toBe(false);
  });
});
