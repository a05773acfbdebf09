// UI strings. The four `_locales/*/messages.json` files are the single source: the manifest reads them
// through `__MSG_…__`, and the UI registers them (i18n-catalogs.ts) so the user can pick a language other
// than the browser's (browser.i18n cannot switch language at run time).
import { signal } from '@preact/signals';
import { resolveLocale, translate, type Locale, type MessageKey } from './i18n-catalogs';

export { addCatalog, LOCALES, resolveLocale, translate, type Locale, type MessageKey } from './i18n-catalogs';

export const locale = signal<Locale>(resolveLocale('auto', globalThis.navigator?.languages ?? []));

/** Translate in the current locale; reading `locale.value` makes components re-render on a switch. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return translate(locale.value, key, ...subs);
}

export function formatDateTime(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(locale.value, options).format(date);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale.value, options).format(value);
}

// One formatter per locale: building one per call dominated rendering long lists.
const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

/** "3 hours ago", "in 2 days" in the current locale. */
export function formatRelative(from: number, now: number = Date.now()): string {
  const lang = locale.value;
  let rtf = relativeFormats.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    relativeFormats.set(lang, rtf);
  }
  const seconds = Math.round((from - now) / 1000);
  const units = [['year', 365 * 86400], ['month', 30 * 86400], ['week', 7 * 86400], ['day', 86400], ['hour', 3600], ['minute', 60]] as const;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}
