// The string catalogs and their lookup, without signals or Preact: the content script's first script
// labels marks with this alone. Catalogs are registered, not imported, so a context carries only the
// languages it needs: extension pages and the background register all four (i18n-bundled.ts), the
// content script only the active one, asked of the background.
import type en from '../public/_locales/en/messages.json';
import type { UiLanguage } from './settings/model';

export type Locale = 'en' | 'pl' | 'it' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'pl', 'it', 'ru'];
export type MessageKey = keyof typeof en;
/** One language's strings, key → text. */
export type Strings = Partial<Record<string, string>>;

const catalogs: Partial<Record<Locale, Strings>> = {};

export function addCatalog(lang: Locale, strings: Strings): void {
  catalogs[lang] = strings;
}

export function hasCatalog(lang: Locale): boolean {
  return catalogs[lang] !== undefined;
}

/** Picks the UI locale: the user's choice, else the first supported browser language, else English. */
export function resolveLocale(choice: UiLanguage, browserLanguages: readonly string[]): Locale {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] as Locale;
    if (LOCALES.includes(base)) return base;
  }
  return 'en';
}

export function translate(lang: Locale, key: MessageKey, ...subs: (string | number)[]): string {
  const text = catalogs[lang]?.[key] ?? catalogs.en?.[key] ?? key;
  return text.replace(/\$([1-9])/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
}
