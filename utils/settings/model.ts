// The user's settings: shape and defaults. Validation is in ./schema.ts, the stored item in ./store.ts.
import { sensitiveKindOf, type SensitiveKind } from '../page-safety/sensitive-sites';

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
  /** Kinds of sensitive sites (utils/page-safety/sensitive-sites.ts) where the user turned detection on. */
  sensitiveKindsOn: SensitiveKind[];
  /** Hosts the user turned on from the popup although they are sensitive (or show a password field). */
  enabledSites: string[];
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
  sensitiveKindsOn: [],
  enabledSites: [],
  keepInAccountOnUnpin: false,
  onboarded: false,
};

/** What a content script may know: never the key, never the endpoint. */
export interface ContentSettings {
  enabled: boolean;
  /** Stay off on a page that shows a password field (the page checks; only it can see the field). */
  offOnPasswordPages: boolean;
  uiLanguage: UiLanguage;
}

export function contentSettingsFor(settings: Settings, host: string): ContentSettings {
  const chosen = settings.enabledSites.includes(host);
  const kind = sensitiveKindOf(host);
  return {
    enabled: settings.detectionEnabled && !settings.disabledSites.includes(host) && (!kind || chosen || settings.sensitiveKindsOn.includes(kind)),
    offOnPasswordPages: !chosen && !settings.sensitiveKindsOn.includes('password-field'),
    uiLanguage: settings.uiLanguage,
  };
}
