// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, resolveLocale, translate } from '@/utils/i18n';

const catalog = (l: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/_locales/${l}/messages.json`), 'utf8'));

describe('locales', () => {
  const en = catalog('en');

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty', (l) => {
    const other = catalog(l);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(other)) expect(message.trim(), key).not.toBe('');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s uses the same $n substitutions as English', (l) => {
    const other = catalog(l);
    const subs = (s: string) => [...s.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
    for (const [key, { message }] of Object.entries(en)) expect(subs(other[key]!.message), key).toEqual(subs(message));
  });

  it('keys follow Chrome\'s rules', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('resolveLocale', () => {
  it('prefers the user choice, then the first supported browser language, then English', () => {
    expect(resolveLocale('pl', ['en-US'])).toBe('pl');
    expect(resolveLocale('auto', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(resolveLocale('auto', ['de', 'fr'])).toBe('en');
  });
});

describe('translate', () => {
  it('returns the locale text, falling back to the key for an unknown key', () => {
    expect(translate('pl', 'cmdOpenPopup')).toBe('Otwórz Trackpin');
    expect(translate('it', 'nope' as never)).toBe('nope');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it('picks the largest sensible unit, so old events read "8 years ago", not "3,144 days ago"', async () => {
    const { formatRelative, locale } = await import('@/utils/i18n');
    locale.value = 'en';
    expect(formatRelative(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(formatRelative(now - 2 * 86400_000, now)).toBe('2 days ago');
    expect(formatRelative(Date.parse('2018-04-17T09:38:00Z'), now)).toBe('9 years ago');
    locale.value = 'pl';
    expect(formatRelative(now - 3 * 3600_000, now)).toBe('3 godziny temu');
  });
});
