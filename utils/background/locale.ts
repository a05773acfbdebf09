// The background speaks the user's chosen UI language in notifications, menus and error texts.
import { locale, resolveLocale } from '../i18n';
import type { Settings } from '../settings/model';

export function applyLocale(settings: Settings): void {
  const next = resolveLocale(settings.uiLanguage, globalThis.navigator?.languages ?? []);
  if (locale.value !== next) locale.value = next;
}
