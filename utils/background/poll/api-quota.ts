// The provider's remaining quota, what it means for polling, and how long it lasts at the schedule's rate.
// Only TrackingMore v2 tells it (getuserinfo `track_number`); v4 and TrackRU report nothing, and then
// polling goes on as scheduled until the provider answers "quota exhausted" (a pause, poller.ts).
// The provider gives no plan size, so percentages are of the largest remaining ever seen for this account.

export interface QuotaSample {
  remaining: number;
  /** The largest remaining seen since the account was set: the stand-in for the plan's size. */
  peak: number;
  at: number;
}

/** Ask the provider again after this long (each ask is a call too). */
export const QUOTA_REFRESH_MS = 6 * 60 * 60_000;
export const WARN_BELOW = 0.1;
export const SLOW_BELOW = 0.05;

export type QuotaLevel = 'unknown' | 'ok' | 'low' | 'slow' | 'empty';

export function nextSample(previous: QuotaSample | null, remaining: number, now: number): QuotaSample {
  return { remaining, peak: Math.max(remaining, previous?.peak ?? 0), at: now };
}

export function quotaLevel(q: QuotaSample | null): QuotaLevel {
  if (!q) return 'unknown';
  if (q.remaining <= 0) return 'empty';
  const share = q.peak > 0 ? q.remaining / q.peak : 1;
  if (share < SLOW_BELOW) return 'slow';
  if (share < WARN_BELOW) return 'low';
  return 'ok';
}

/** Whole days the remaining quota lasts at `callsPerDay`; null when nothing is spent (it lasts). */
export function daysLeft(remaining: number, callsPerDay: number): number | null {
  if (callsPerDay <= 0) return null;
  return Math.max(0, Math.floor(remaining / callsPerDay));
}

export function isQuotaDue(q: QuotaSample | null, now: number): boolean {
  return !q || now - q.at >= QUOTA_REFRESH_MS;
}

/** What the popup and options show about the quota. */
export type QuotaReport =
  | { reported: false }
  | { reported: true; remaining: number | null; level: QuotaLevel; daysLeft: number | null; callsPerDay: number };

/**
 * The report for a provider that `tells` its quota (or not), from the last sample and the schedule's calls a
 * day; each quota ask (every QUOTA_REFRESH_MS) is a call too.
 */
export function quotaReport(tells: boolean, sample: QuotaSample | null, scheduleCallsPerDay: number): QuotaReport {
  if (!tells) return { reported: false };
  const perDay = scheduleCallsPerDay + (24 * 60 * 60_000) / QUOTA_REFRESH_MS;
  return {
    reported: true,
    remaining: sample?.remaining ?? null,
    level: quotaLevel(sample),
    daysLeft: sample ? daysLeft(sample.remaining, perDay) : null,
    callsPerDay: Math.round(perDay),
  };
}
