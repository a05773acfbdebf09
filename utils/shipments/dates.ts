// Carrier dates look like `2018-04-14 15:12[:00]` in the carrier's local time; provider timestamps are
// ISO with an offset. These helpers compare and subtract them without pretending to know the zone.

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const PARTS = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

/** True when the date names no zone, i.e. it is local to the carrier. */
export function isLocalDate(date: string): boolean {
  return !ZONE.test(date.trim());
}

/** Wall-clock milliseconds of the written date and time (zone ignored), or null when unreadable. */
export function wallClockMs(date: string | null | undefined): number | null {
  const m = date ? PARTS.exec(date.trim()) : null;
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

/** Minutes from `from` to `to`, both in the same (unknown) zone; null when either is unreadable. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  const a = wallClockMs(from);
  const b = wallClockMs(to);
  return a === null || b === null ? null : Math.round((b - a) / 60_000);
}

/** Whole days from the written date to `now`, reading the date as UTC (a day's error is fine here). */
export function daysSince(date: string | null, now: number): number | null {
  const ms = wallClockMs(date);
  return ms === null ? null : Math.max(0, Math.floor((now - ms) / 86_400_000));
}
