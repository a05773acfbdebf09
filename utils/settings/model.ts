// The user's settings: shape and defaults. Validation is in ./schema.ts, the stored item in ./store.ts.
export type Provider = 'trackingmore-v2' | 'trackru-v1';
export const PROVIDERS: readonly Provider[] = ['trackingmore-v2', 'trackru-v1'];

export type UiLanguage = 'auto' | 'en' | 'pl' | 'it' | 'ru';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'pl', 'it', 'ru'];

export type NotifyRule = 'all' | 'important' | 'none';
export const POLL_INTERVALS = [15, 30, 60, 180] as const;
export type PollInterval = (typeof POLL_INTERVALS)[number];

export interface Settings {
  provider: Provider;
  apiKey: string;
  /** Advanced: API base URL override (sandbox or a proxy); '' means the provider's real host. */
  endpoint: string;
  uiLanguage: UiLanguage;
  /** Language asked of carriers for event texts (`lang`), '' = carrier default. */
  carrierLanguage: string;
  pollMinutes: PollInterval;
  notify: NotifyRule;
  detectionEnabled: boolean;
  /** Hosts where detection is off. */
  disabledSites: string[];
  keepInAccountOnUnpin: boolean;
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  provider: 'trackingmore-v2',
  apiKey: '',
  endpoint: '',
  uiLanguage: 'auto',
  carrierLanguage: '',
  pollMinutes: 30,
  notify: 'all',
  detectionEnabled: true,
  disabledSites: [],
  keepInAccountOnUnpin: false,
  onboarded: false,
};

/** What a content script may know: never the key, never the endpoint. */
export interface ContentSettings {
  enabled: boolean;
  uiLanguage: UiLanguage;
}

export function contentSettingsFor(settings: Settings, host: string): ContentSettings {
  return {
    enabled: settings.detectionEnabled && !settings.disabledSites.includes(host),
    uiLanguage: settings.uiLanguage,
  };
}
