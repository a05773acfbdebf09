// Settings v1 (before sensitive sites) → v2. Its own file: WXT runs an item's migrations once, when the
// item is first defined, so the v1 value must be in storage before anything reads settings.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings } from '@/utils/settings/store';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown> | undefined;

describe('settings v1 → v2 (sensitive sites)', () => {
  it('keeps every v1 field and the key, and adds the sensitive-site defaults', async () => {
    const v1 = {
      provider: 'trackru-v1', apiKey: 'tr-key-1', endpoint: '', uiLanguage: 'pl', carrierLanguage: 'pl', pollMinutes: 180,
      notify: 'important', detectionEnabled: true, disabledSites: ['x.example'], keepInAccountOnUnpin: true, onboarded: true,
    };
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    // Fields added after v2 without a migration (quiet hours, stalled days, auto-archive, site access) read as
    // their defaults (sanitiseSettings, field by field).
    const later = { quietHoursOn: true, quietStart: '22:00', quietEnd: '07:00', stalledDays: 14 };
    expect(await readSettings()).toEqual({ ...v1, sensitiveKindsOn: [], enabledSites: [], autoArchiveDays: 7, siteAccess: 'all-except-sensitive', ...later });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
    expect(await stored()).toEqual({ ...v1, apiKey: '', sensitiveKindsOn: [], enabledSites: [], autoArchiveDays: 7, siteAccess: 'all-except-sensitive', ...later });
  });
});
