// The one reader of carrier dates; `ui/` only formats what it returns. How the dates are read:
// - A date without a zone (`2018-4-14 15:12[:00]`, as carriers write event times) is the carrier's local
//   wall clock, in a zone nobody tells us. Its digits are read as if they were UTC (`wallMs`) for sorting
//   and differences, and shown as written, never shifted into the viewer's zone: a parcel scanned at
//   23:30 in Shanghai says 23:30 on that day to every viewer.
// - A date with a zone or offset (`…T06:30:02+08:00`, `…Z`) is an instant: it is shown in the viewer's
//   time zone, and its `wallMs` is that viewer-local wall clock read as UTC, so it sorts as it is shown.
// - Ages compare `wallMs` with the viewer's wall clock (`wallClockOf(now)`): exact for zoned dates, and
//   for zone-less ones right when the carrier shares the viewer's zone (a few hours off otherwise).
import type { TrackingEvent } from './types';

export interface CarrierDate {
  /** `YYYY-MM-DD`, zero-padded. */
  day: string;
  /** `HH:mm`, zero-padded, or '' when the date has no time. */
  time: string;
  /** The wall clock of `day` and `time` as UTC milliseconds; format it with `timeZone: 'UTC'`. */
  wallMs: number;
}

const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const PARTS = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

const pad = (n: number) => String(n).padStart(2, '0');

function fromWall(wallMs: number, withTime: boolean): CarrierDate {
  const d = new Date(wallMs);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { day, time: withTime ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '', wallMs };
}

/** The viewer's wall clock at an instant (epoch ms), as UTC milliseconds: comparable with `wallMs`. */
export function wallClockOf(epochMs: number): number {
  return epochMs - new Date(epochMs).getTimezoneOffset() * 60_000;
}

/** A carrier or provider date, read as described at the top of this file; null when unreadable. */
export function parseCarrierDate(date: string | null | undefined): CarrierDate | null {
  const m = date ? PARTS.exec(date.trim()) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const written = Date.UTC(y, mo - 1, d, h, mi, s);
  const zone = m[7];
  if (!zone) return fromWall(written, m[4] !== undefined);
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return fromWall(wallClockOf(written - offset * 60_000), true);
}

/** True when the date names no zone, i.e. it is local to the carrier. */
export function isLocalDate(date: string): boolean {
  return !ZONE.test(date.trim());
}

/** `wallMs` of a date, or null when unreadable. */
export function wallClockMs(date: string | null | undefined): number | null {
  return parseCarrierDate(date)?.wallMs ?? null;
}

/** Minutes from `from` to `to`, both in the same (unknown) zone; null when either is unreadable. */
export function minutesBetween(from: string | null, to: string | null): number | null {
  const a = wallClockMs(from);
  const b = wallClockMs(to);
  return a === null || b === null ? null : Math.round((b - a) / 60_000);
}

/** Whole days from the written date to `now` (epoch ms) on the viewer's wall clock. */
export function daysSince(date: string | null, now: number): number | null {
  const ms = wallClockMs(date);
  return ms === null ? null : Math.max(0, Math.floor((wallClockOf(now) - ms) / 86_400_000));
}

/** Newest first; events with the same time keep their order; undated events go last. */
export function sortEventsNewestFirst(events: readonly TrackingEvent[]): TrackingEvent[] {
  return events
    .map((e, i) => ({ e, i, t: wallClockMs(e.date) }))
    .sort((a, b) => {
      if ((a.t === null) !== (b.t === null)) return a.t === null ? 1 : -1;
      if (a.t !== null && b.t !== null && a.t !== b.t) return b.t - a.t;
      return a.i - b.i;
    })
    .map((x) => x.e);
}

export interface DayGroup {
  /** `YYYY-MM-DD`, or '' for the undated events. */
  day: string;
  events: TrackingEvent[];
}

/** Events by written calendar day, newest day first (see `sortEventsNewestFirst`). */
export function groupEventsByDay(events: readonly TrackingEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const event of sortEventsNewestFirst(events)) {
    const day = parseCarrierDate(event.date)?.day ?? '';
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}
