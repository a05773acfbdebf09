import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { sanitiseSettings } from '@/utils/settings/schema';

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
