// Small locale-aware formatting helpers for the views (Intl in the chosen UI locale).
import { locale } from '../i18n';
import { parseCarrierDate } from '../shipments/dates';

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

let codesByName: Map<string, string> | null = null;

/**
 * "US" for "US", "us" or "United States" (v2 replies name countries in English; transit-time statistics
 * want ISO codes); null when it is neither a code nor an English country name Intl knows.
 */
export function countryCode(nameOrCode: string | null | undefined): string | null {
  const text = nameOrCode?.trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  if (!codesByName) {
    codesByName = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name) codesByName.set(name.toLowerCase(), code);
      }
    }
  }
  return codesByName.get(text.toLowerCase()) ?? null;
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

/** A `wallMs` (utils/shipments/dates.ts) in the UI locale, with its digits as they are (never shifted). */
export function formatWall(wallMs: number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale.value, { ...options, timeZone: 'UTC' }).format(wallMs);
}

const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

/** "14 Apr 09:05": a carrier date's day in `dayStyle`, then its time as written; null when unreadable. */
export function formatCarrierDate(value: string | null | undefined, dayStyle: Intl.DateTimeFormatOptions = SHORT_DAY): string | null {
  const date = parseCarrierDate(value);
  if (!date) return null;
  const day = formatWall(date.wallMs, dayStyle);
  return date.time ? `${day} ${date.time}` : day;
}

/** A flight's station time shortened for display, in the station's own time; as given when unreadable. */
export function shortStationTime(value: string | null): string {
  return formatCarrierDate(value) ?? value ?? '';
}
