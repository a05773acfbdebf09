// Carrier event dates come as carrier-local `YYYY-MM-DD HH:mm[:ss]` strings (sometimes ISO with a zone).
// Grouping and display work on the written calendar day and time, so a parcel scanned at 23:30 in
// Shanghai stays on that day whatever the viewer's time zone.
import type { TrackingEvent } from '../shipments/types';

export interface EventParts {
  /** `YYYY-MM-DD`, or '' when the date cannot be read. */
  day: string;
  /** `HH:mm`, or '' when absent. */
  time: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;

export function eventParts(date: string): EventParts {
  const m = DATE_RE.exec(date.trim());
  if (!m) return { day: '', time: '' };
  return { day: `${m[1]}-${m[2]}-${m[3]}`, time: m[4] ? `${m[4]}:${m[5]}` : '' };
}

/** A calendar day as a Date at local noon (safe to format with Intl in any zone). */
export function dayAsDate(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

/** Milliseconds of an event date read as local time (for ordering and ages), or NaN. */
export function eventTime(date: string): number {
  const m = DATE_RE.exec(date.trim());
  if (!m) return Number.NaN;
  if (/[zZ]|[+-]\d{2}:?\d{2}$/.test(date.trim()) && date.includes('T')) return Date.parse(date);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)).getTime();
}

export interface DayGroup {
  day: string;
  events: TrackingEvent[];
}

/** Newest first; events keep their order inside a day; undated events go last in their own group. */
export function sortEventsNewestFirst(events: readonly TrackingEvent[]): TrackingEvent[] {
  return events
    .map((e, i) => ({ e, i, t: eventTime(e.date) }))
    .sort((a, b) => {
      const an = Number.isNaN(a.t);
      const bn = Number.isNaN(b.t);
      if (an !== bn) return an ? 1 : -1;
      if (!an && a.t !== b.t) return b.t - a.t;
      return a.i - b.i;
    })
    .map((x) => x.e);
}

export function groupEventsByDay(events: readonly TrackingEvent[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const event of sortEventsNewestFirst(events)) {
    const { day } = eventParts(event.date);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.events.push(event);
    else groups.push({ day, events: [event] });
  }
  return groups;
}
