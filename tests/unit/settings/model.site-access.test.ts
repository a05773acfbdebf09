import { describe, expect, it } from 'vitest';
import { contentSettingsFor, DEFAULT_SETTINGS } from '@/utils/settings/model';
import { parseSettingsPatch, sanitiseSettings } from '@/utils/settings/schema';

describe('site-access mode setting', () => {
  it('settings stored before the mode existed read as the default mode, every other field kept', () => {
    const old = { ...DEFAULT_SETTINGS, disabledSites: ['x.example'] } as Record<string, unknown>;
    delete old.siteAccess;
    const { settings, problems } = sanitiseSettings(old);
    expect(settings.siteAccess).toBe('all-except-sensitive');
    expect(settings.disabledSites).toEqual(['x.example']);
    expect(problems).toEqual([]);
  });

  it('only the two modes are accepted', () => {
    expect(parseSettingsPatch({ siteAccess: 'allowed-only' })).toMatchObject({ ok: true });
    expect(parseSettingsPatch({ siteAccess: 'everything' })).toMatchObject({ ok: false });
  });

  it('allow-only: a site the user allowed is on even if sensitive, turned off before, or showing a password field', () => {
    const settings = { ...DEFAULT_SETTINGS, siteAccess: 'allowed-only' as const, disabledSites: ['paypal.com'] };
    expect(contentSettingsFor(settings, 'paypal.com')).toMatchObject({ enabled: true, offOnPasswordPages: false });
    expect(contentSettingsFor({ ...settings, detectionEnabled: false }, 'paypal.com').enabled).toBe(false);
    // The default mode keeps its sensitive-site rules.
    expect(contentSettingsFor(DEFAULT_SETTINGS, 'paypal.com').enabled).toBe(false);
  });
});
