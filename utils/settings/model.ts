// The user's settings: shape and defaults. Validation is in ./schema.ts, the stored item in ./store.ts.
import { sensitiveKindOf, type SensitiveKind } from '../page-safety/sensitive-sites';

export type Provider = 'trackingmore-v4' | 'trackingmore-v2' | 'trackru-v1';
/** In the order the options page lists them: TrackingMore's current API first. */
export const PROVIDERS: readonly Provider[] = ['trackingmore-v4', 'trackingmore-v2', 'trackru-v1'];
/** What installs before v4 support used when they never chose: kept for them (schema.ts). */
export const LEGACY_DEFAULT_PROVIDER: Provider = 'trackingmore-v2';

export type UiLanguage = 'auto' | 'en' | 'pl' | 'it' | 'ru';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'pl', 'it', 'ru'];

export type NotifyRule = 'all' | 'important' | 'none';
/** Where the content script runs: everywhere except sensitive sites, or only where the browser granted a site. */
export type SiteAccess = 'all-except-sensitive' | 'allowed-only';
export const SITE_ACCESS_MODES: readonly SiteAccess[] = ['all-except-sensitive', 'allowed-only'];
export const POLL_INTERVALS = [15, 30, 60, 180] as const;
export const STALLED_DAYS_MIN = 2;
export const STALLED_DAYS_MAX = 60;
export type PollInterval = (typeof POLL_INTERVALS)[number];
/** Days after delivery before a pin moves to the Archived view; 0 = never. */
export const AUTO_ARCHIVE_DAYS = [0, 3, 7, 14, 30] as const;
export type AutoArchiveDays = (typeof AUTO_ARCHIVE_DAYS)[number];

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
  /** Quiet hours (local time, "HH:MM"; may cross midnight): notifications are held, then told in one digest. */
  quietHoursOn: boolean;
  quietStart: string;
  quietEnd: string;
  /** Days in transit without a new checkpoint before a "stalled" notice (once per stall). */
  stalledDays: number;
  detectionEnabled: boolean;
  /** Hosts where detection is off. */
  disabledSites: string[];
  /** Kinds of sensitive sites (utils/page-safety/sensitive-sites.ts) where the user turned detection on. */
  sensitiveKindsOn: SensitiveKind[];
  /** Hosts the user turned on from the popup although they are sensitive (or show a password field). */
  enabledSites: string[];
  keepInAccountOnUnpin: boolean;
  onboarded: boolean;
  /** The allowed sites themselves are the browser's granted host permissions (utils/background/site-access.ts). */
  siteAccess: SiteAccess;
  autoArchiveDays: AutoArchiveDays;
}

export const DEFAULT_SETTINGS: Settings = {
  // New installs: the API TrackingMore gives keys for today.
  provider: 'trackingmore-v4',
  apiKey: '',
  endpoint: '',
  uiLanguage: 'auto',
  carrierLanguage: '',
  pollMinutes: 30,
  notify: 'all',
  quietHoursOn: true,
  quietStart: '22:00',
  quietEnd: '07:00',
  stalledDays: 14,
  detectionEnabled: true,
  disabledSites: [],
  sensitiveKindsOn: [],
  enabledSites: [],
  keepInAccountOnUnpin: false,
  onboarded: false,
  siteAccess: 'all-except-sensitive',
  autoArchiveDays: 7,
};

/** What a content script may know: never the key, never the endpoint. */
export interface ContentSettings {
  enabled: boolean;
  /** Stay off on a page that shows a password field (the page checks; only it can see the field). */
  offOnPasswordPages: boolean;
  uiLanguage: UiLanguage;
}

export function contentSettingsFor(settings: Settings, host: string): ContentSettings {
  // In allow-only mode the script runs only where the user granted the site: that grant is their choice.
  const chosen = settings.siteAccess === 'allowed-only' || settings.enabledSites.includes(host);
  const kind = sensitiveKindOf(host);
  return {
    enabled:
      settings.detectionEnabled &&
      (settings.siteAccess === 'allowed-only' || !settings.disabledSites.includes(host)) &&
      (!kind || chosen || settings.sensitiveKindsOn.includes(kind)),
    offOnPasswordPages: !chosen && !settings.sensitiveKindsOn.includes('password-field'),
    uiLanguage: settings.uiLanguage,
  };
}
