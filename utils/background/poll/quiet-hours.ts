// Quiet hours: a daily window (local time, may cross midnight) in which notifications are held and then
// told in one digest. Pure: the caller passes the minute of the day.
import type { Settings } from '../../settings/model';

export type QuietHours = Pick<Settings, 'quietHoursOn' | 'quietStart' | 'quietEnd'>;

/** "HH:MM" → minutes after midnight (the schema only lets valid times through). */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The minute of the local day at `now` (the user's quiet hours are in their own clock). */
export function localMinute(now: number): number {
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes();
}

/** Whether `minute` (of the day) is inside the window; start == end is an empty window. */
export function isQuietAt(q: QuietHours, minute: number): boolean {
  if (!q.quietHoursOn) return false;
  const start = minutesOf(q.quietStart);
  const end = minutesOf(q.quietEnd);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

export function isQuiet(q: QuietHours, now: number): boolean {
  return isQuietAt(q, localMinute(now));
}
