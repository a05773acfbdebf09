// "3 hours ago" for list rows. Same output as formatRelative in utils/i18n.ts, but with one cached
// Intl.RelativeTimeFormat per locale: building a formatter per row dominated rendering 200 rows.
import { locale, type Locale } from '../i18n';

const cache = new Map<Locale, Intl.RelativeTimeFormat>();

export function relativeTime(from: number, now: number): string {
  const lang = locale.value;
  let rtf = cache.get(lang);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    cache.set(lang, rtf);
  }
  const seconds = Math.round((from - now) / 1000);
  for (const [unit, size] of [['day', 86400], ['hour', 3600], ['minute', 60]] as const) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}
