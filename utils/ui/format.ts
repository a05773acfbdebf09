// Small locale-aware formatting helpers for the views (Intl in the chosen UI locale).
import { locale } from '../i18n';

/** "Poland" for "PL" in the current locale; the code itself when Intl cannot name it. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return new Intl.DisplayNames([locale.value], { type: 'region' }).of(upper) ?? upper;
  } catch {
    return upper;
  }
}

/** "2 hr 15 min" style text in the current locale (Intl unit formatting). */
export function formatDuration(minutes: number): string {
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const unit = (value: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale.value, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (h === 0) return unit(m, 'minute');
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

/** A carrier-written date-time (`YYYY-MM-DD HH:mm`) shortened for display, kept in the station's time. */
export function shortStationTime(value: string | null): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return value;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  const date = new Intl.DateTimeFormat(locale.value, { day: 'numeric', month: 'short' }).format(day);
  return `${date} ${m[4]}:${m[5]}`;
}
