import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { parseSettingsPatch, sanitiseSettings } from '@/utils/settings/schema';

describe('provider default', () => {
  it('is TrackingMore v4 for a new install (nothing stored)', () => {
    expect(sanitiseSettings(undefined).settings.provider).toBe('trackingmore-v4');
    expect(DEFAULT_SETTINGS.provider).toBe('trackingmore-v4');
  });

  it('stays v2 for stored settings from before v4 that never named a provider', () => {
    const { settings, problems } = sanitiseSettings({ apiKey: 'old-key', pollMinutes: 60 });
    expect([settings.provider, settings.apiKey, settings.pollMinutes, problems]).toEqual(['trackingmore-v2', 'old-key', 60, []]);
  });

  it('keeps a stored choice, v4 included', () => {
    for (const provider of ['trackingmore-v4', 'trackingmore-v2', 'trackru-v1'] as const) {
      expect(sanitiseSettings({ ...DEFAULT_SETTINGS, provider }).settings.provider).toBe(provider);
    }
  });
});

describe('quiet hours and stalled days', () => {
  it('read as their defaults (22:00–07:00, on, 14 days) from stored settings that lack them', () => {
    const { settings, problems } = sanitiseSettings({ provider: 'trackingmore-v2', pollMinutes: 60, notify: 'important' });
    expect(settings).toMatchObject({ quietHoursOn: true, quietStart: '22:00', quietEnd: '07:00', stalledDays: 14, pollMinutes: 60, notify: 'important' });
    expect(problems).toEqual([]);
  });

  it('keep valid stored values and drop a bad one to its default alone', () => {
    const { settings, problems } = sanitiseSettings({ quietHoursOn: false, quietStart: '23:30', quietEnd: '25:00', stalledDays: 3 });
    expect(settings).toMatchObject({ quietHoursOn: false, quietStart: '23:30', quietEnd: '07:00', stalledDays: 3 });
    expect(problems).toEqual(['Setting "quietEnd" was invalid; its default is used.']);
  });

  it('are checked when the options page saves them', () => {
    expect(parseSettingsPatch({ quietStart: '06:15', stalledDays: 21 })).toEqual({ ok: true, value: { quietStart: '06:15', stalledDays: 21 } });
    expect(parseSettingsPatch({ quietStart: '6:15' }).ok).toBe(false);
    expect(parseSettingsPatch({ stalledDays: 0 }).ok).toBe(false);
    expect(parseSettingsPatch({ stalledDays: 2.5 }).ok).toBe(false);
  });
});
