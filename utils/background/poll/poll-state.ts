// What the poller keeps in storage between worker lifetimes: back-off, pause, and the run in progress.
import type { ErrorInfo } from '../../messages/protocol';
import { lazyItem, readCopy } from '../../storage/lazy-item';
import { reportProblem } from '../../storage/problems';
import type { QuotaSample } from './api-quota';

/** A poll run in progress: which keys it covers and how far it got (saved after every chunk). */
export interface PollRun {
  id: string;
  startedAt: number;
  /** Keys of the due shipments, up to MAX_PER_CALL per chunk (one list call each). */
  chunks: string[][];
  /** Chunks from this index on hold air waybills (aircargo endpoint); those before it parcels. */
  awbFrom: number;
  /** Index of the next chunk to fetch. */
  nextChunk: number;
  /** Changes found so far, notified once when the run ends (so they can be grouped). */
  pending: PendingChange[];
  /** A chunk whose reply could not be read: the run goes on, but the status must still say so. */
  error?: ErrorInfo | null;
}

export interface PendingChange {
  key: string;
  number: string;
  carrier: string;
  title: string | null;
  /** What kind of change: decides the notification text and whether the "important" rule lets it through. */
  change: 'delivered' | 'out-for-delivery' | 'exception' | 'status' | 'stalled';
  status: string;
  /** Latest event text (plain text), if any. */
  detail: string | null;
  /**
   * The checkpoint that is the news, as `eventKey` (its time and words, case and spacing ignored), or
   * null when the news is a status alone. The fingerprint uses it, never the text's form.
   */
  event?: string | null;
  /** A stall: the days without a new checkpoint. */
  days?: number;
}

/** Since when a key has had its current status: the schedule's back-off and give-up count from it. */
export interface StatusStreak {
  status: string;
  since: number;
}

export interface PollState {
  /** 429 or quota: no polling before this time. */
  pausedUntil: number | null;
  lastPollAt: number | null;
  lastPollError: ErrorInfo | null;
  /** Consecutive network/server failures (exponential back-off). */
  failures: number;
  run: PollRun | null;
  /**
   * When the poll last checked each pinned key. Kept here, not on the pin, so a check that found nothing
   * new writes no watchlist (each watchlist write wakes every open popup); readers take the later of this
   * and the pin's own `lastCheckedAt` (`lastCheckOf`).
   */
  checkedAt: Record<string, number>;
  /** The last change notified per key (`changeFingerprint`): the same change seen by two polls is told once. */
  notified: Record<string, string>;
  /** Per key: its status and since when (schedule.ts). */
  streak: Record<string, StatusStreak>;
  /** Per key: the newest checkpoint when a "stalled" notice was given, so a stall is told once. */
  stalled: Record<string, string>;
  /** Changes held during quiet hours: told in one digest when they end (kept here, so a restart keeps them). */
  held: PendingChange[];
  /** The provider's last word on the remaining quota (v2 only); null = not reported. */
  quota: QuotaSample | null;
  /** Figured at the end of each run: the schedule's calls a day (the quota forecast) and how many it gave up on. */
  outlook: { callsPerDay: number; givenUp: number } | null;
}

function initial(): PollState {
  return { pausedUntil: null, lastPollAt: null, lastPollError: null, failures: 0, run: null, checkedAt: {}, notified: {}, streak: {}, stalled: {}, held: [], quota: null, outlook: null };
}

export const INITIAL_POLL_STATE: PollState = initial();

/** The truth about a pin's last check: the later of its own time and the poll's. */
export function lastCheckOf(pin: { key: string; lastCheckedAt: number | null }, poll: Pick<PollState, 'checkedAt'>): number | null {
  const a = pin.lastCheckedAt ?? null;
  const b = poll.checkedAt[pin.key] ?? null;
  return a == null ? b : b == null ? a : Math.max(a, b);
}

export const pollStateItem = lazyItem<PollState>('local:pollState', {
  fallback: INITIAL_POLL_STATE,
  // Fields added later (checkedAt, notified, streak, stalled, held, quota) are optional on read: a state
  // written before them reads them as empty (readPollState), so no migration has to rewrite it.
  version: 1,
  migrations: {},
});

export async function readPollState(): Promise<PollState> {
  const raw: unknown = await readCopy(pollStateItem);
  if (raw == null) return initial();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    await reportProblem('pollState', 'The polling state was unreadable; it was reset.', raw);
    return initial();
  }
  const s = raw as Partial<PollState>;
  // A run saved by a version that did not record `awbFrom` is dropped; the next step starts a new one.
  const run = s.run && Array.isArray(s.run.chunks) && typeof s.run.nextChunk === 'number' && typeof s.run.awbFrom === 'number' ? s.run : null;
  return {
    pausedUntil: typeof s.pausedUntil === 'number' ? s.pausedUntil : null,
    lastPollAt: typeof s.lastPollAt === 'number' ? s.lastPollAt : null,
    lastPollError: s.lastPollError ?? null,
    failures: typeof s.failures === 'number' ? s.failures : 0,
    run: run ? { ...run, pending: Array.isArray(run.pending) ? run.pending : [] } : null,
    checkedAt: readCheckedAt(s.checkedAt),
    notified: readStrings(s.notified),
    streak: readStreaks(s.streak),
    stalled: readStrings(s.stalled),
    held: Array.isArray(s.held) ? s.held.filter((c) => c && typeof c === 'object' && typeof c.key === 'string') : [],
    quota: readQuota(s.quota),
    outlook: s.outlook && typeof s.outlook.callsPerDay === 'number' && typeof s.outlook.givenUp === 'number' ? s.outlook : null,
  };
}

/**
 * What makes two changes the same news: its kind, the status and the checkpoint (its key), never the
 * form of its text (a carrier re-wording, re-casing or re-spacing a checkpoint, a substatus or a day
 * count moving is not news). Changes recorded before `event` existed fall back to their text.
 */
export function changeFingerprint(c: Pick<PendingChange, 'change' | 'status' | 'detail' | 'event'>): string {
  const what = c.event !== undefined ? (c.event ?? '') : (c.detail ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${c.change}|${c.status}|${what}`;
}

function readQuota(raw: unknown): QuotaSample | null {
  const q = raw as Partial<QuotaSample> | null;
  return q && typeof q === 'object' && typeof q.remaining === 'number' && typeof q.peak === 'number' && typeof q.at === 'number' ? { remaining: q.remaining, peak: q.peak, at: q.at } : null;
}

function readStreaks(raw: unknown): Record<string, StatusStreak> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw as Record<string, Partial<StatusStreak>>).filter(([, v]) => v && typeof v.status === 'string' && typeof v.since === 'number')) as Record<string, StatusStreak>;
}

function readStrings(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, f]) => typeof f === 'string'));
}

/** Written by versions that did not keep check times: none. Odd entries are dropped, not fatal. */
function readCheckedAt(raw: unknown): Record<string, number> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, at]) => typeof at === 'number'));
}
