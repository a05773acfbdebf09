// The poll: the pinned shipments due by the schedule (plan.ts; all of them on "Check now") are fetched with
// the list endpoint, MAX_PER_CALL numbers per call, compared with what is stored, saved, and the changes told
// (deliver.ts: once, filtered, held in quiet hours). A run is a durable cursor in storage: each
// chunk is saved together with the run's progress, so a worker killed mid-run resumes where it stopped, and
// notifications go out once at the end (with deterministic IDs, so a repeat replaces instead of doubling).
import type { TrackingClient } from '../../api';
import type { Shipment } from '../../shipments/types';
import { readSettings } from '../../settings/store';
import type { Settings } from '../../settings/model';
import { numberOfKey, pinKey, type PinnedShipment, type Watchlist } from '../../watchlist/model';
import { deepEqual } from '../../deep-equal';
import { normalizeTracking } from '../../shipments/normalize-tracking';
import { airCargoToShipment, pickAirCargo } from '../air-cargo';
import { clientFor } from '../client';
import { classifyChange, pendingChange, stalledChange } from './changes';
import { BackgroundError } from '../background-error';
import { toUserError } from '../to-user-error';
import { deliverHeld, tellChanges } from './deliver';
import { outlookOf, planRun, type PollScope } from './plan';
import { refreshQuota } from './quota-check';
import { RETRY_ALARM, scheduleOnce } from '../alarms';
import { transaction, updatePoll } from '../transaction';
import { singleFlight } from '../lock';
import { readPollState, type PollRun, type PollState } from './poll-state';
import { t } from '../../i18n';
import { refreshCached } from '../cache';
import { isQuotaError } from '../../storage/quota';

/** Quota errors carry no time; try again after this. */
export const QUOTA_PAUSE_MS = 6 * 60 * 60_000;
/** A run older than this (worker gone for a day) starts over instead of resuming. */
const STALE_RUN_MS = 24 * 60 * 60_000;
const FIRST_BACKOFF_MS = 60_000;

export function backoffMs(failures: number, settings: Pick<Settings, 'pollMinutes'>): number {
  return Math.min(settings.pollMinutes * 60_000, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

export type StepResult = 'more' | 'done' | 'paused' | 'failed';

/** Fetches one chunk's shipments by key; keys missing from the reply are simply absent from the map. */
async function fetchChunk(client: TrackingClient, keys: string[], awb: boolean): Promise<Map<string, Shipment>> {
  const out = new Map<string, Shipment>();
  if (awb) {
    const replies = await client.trackAirWaybill(keys.map(numberOfKey));
    for (const key of keys) {
      const entry = pickAirCargo(replies, numberOfKey(key));
      if (entry) out.set(key, airCargoToShipment(entry, numberOfKey(key)));
    }
    return out;
  }
  const list = await client.listTrackings({ numbers: keys.map(numberOfKey) });
  for (const item of list.items) out.set(pinKey(item.carrier_code, item.tracking_number), normalizeTracking(item));
  return out;
}

/** Per-key memory of keys no longer pinned is dropped here, once per run. */
function forgetUnpinned(poll: PollState, watchlist: Readonly<Watchlist>): void {
  for (const part of ['checkedAt', 'notified', 'streak', 'stalled'] as const) {
    poll[part] = Object.fromEntries(Object.entries(poll[part]).filter(([key]) => key in watchlist)) as never;
  }
}

function startRun(now: number, settings: Settings, scope: PollScope): Promise<PollRun> {
  return transaction({ watchlist: 'read', poll: 'write' }, ({ watchlist, poll }) => {
    if (!poll.run) forgetUnpinned(poll, watchlist);
    poll.run ??= { id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, startedAt: now, ...planRun(watchlist, poll, settings, scope, now), nextChunk: 0, pending: [] };
    return poll.run;
  });
}

async function finishRun(run: PollRun, settings: Settings, now: number): Promise<void> {
  await tellChanges(run.pending, settings, run.id, now);
  await transaction({ watchlist: 'read', poll: 'write' }, ({ watchlist, poll }) => {
    if (poll.run?.id === run.id) poll.run = null;
    poll.outlook = outlookOf(watchlist, poll, settings, now);
    // A tick with nothing due checked nothing: "last checked" stays true.
    if (run.chunks.length > 0) poll.lastPollAt = now;
    poll.lastPollError = run.error ?? (run.chunks.length > 0 ? null : poll.lastPollError);
    poll.failures = 0;
  });
  await deliverHeld(settings, now);
}

/** One unit of durable work: start a run, fetch and save one chunk, or finish the run. */
export async function pollStep(now = Date.now(), scope: PollScope = 'all'): Promise<StepResult> {
  const settings = await readSettings();
  let { pausedUntil, run } = await readPollState();
  if (pausedUntil && pausedUntil > now) return 'paused';
  if (run && now - run.startedAt > STALE_RUN_MS) run = await updatePoll((poll) => (poll.run = null));
  try {
    // The quota is asked before a scheduled run is planned (it may slow or stop it), at most every 6 h.
    if (!run && scope === 'due') await refreshQuota(settings, now);
    run ??= await startRun(now, settings, scope);
  } catch (error) {
    // Not even the run's start fits: nothing can be recorded; try again after the back-off.
    if (!isQuotaError(error)) throw error;
    await scheduleOnce(RETRY_ALARM, now + backoffMs(1, settings), now).catch(() => undefined);
    return 'failed';
  }
  if (run.nextChunk >= run.chunks.length) {
    await finishRun(run, settings, now);
    return 'done';
  }
  const chunkIndex = run.nextChunk;
  const keys = run.chunks[chunkIndex] ?? [];

  let fetched: Map<string, Shipment>;
  try {
    fetched = await fetchChunk(clientFor(settings, { kind: 'scheduled' }), keys, chunkIndex >= run.awbFrom);
  } catch (error) {
    return onError(error, run, chunkIndex, keys, settings, now);
  }

  let changed: Map<string, Shipment>;
  try {
    changed = await transaction({ watchlist: 'write', poll: 'write' }, ({ watchlist, poll }) => {
      // Another executor (a second wake-up) already saved this chunk: do not apply it twice.
      if (poll.run?.id !== run.id || poll.run.nextChunk !== chunkIndex) return new Map<string, Shipment>();
      const news = applyChunk(watchlist, keys, fetched, now, poll, settings);
      for (const key of keys) if (watchlist[key]) poll.checkedAt[key] = now;
      poll.run.nextChunk = chunkIndex + 1;
      poll.failures = 0;
      return news;
    });
  } catch (error) {
    return onSaveError(error, run, chunkIndex, settings, now);
  }
  // The lookup cache follows, so details and the card show what the list and the notification say.
  await refreshCached(changed, now).catch(() => undefined);
  return 'more';
}

/**
 * The chunk's data could not be saved. The pins keep their last saved data and the status says why. A
 * full storage will not fit the chunk on a retry either, so the run moves past it (rather than fetch it
 * again at every alarm); any other failure leaves the chunk to be fetched again. If even the small poll
 * state cannot be written, the run waits for the back-off.
 */
async function onSaveError(error: unknown, run: PollRun, chunkIndex: number, settings: Settings, now: number): Promise<StepResult> {
  const info = toUserError(error);
  const full = isQuotaError(error);
  try {
    await updatePoll((poll) => {
      poll.lastPollError = info;
      if (!full || poll.run?.id !== run.id || poll.run.nextChunk !== chunkIndex) return;
      poll.run.nextChunk = chunkIndex + 1;
      poll.run.error = info;
    });
  } catch {
    await scheduleOnce(RETRY_ALARM, now + backoffMs(1, settings), now).catch(() => undefined);
    return 'failed';
  }
  if (!full) throw error;
  return 'more';
}

/**
 * Saves what a chunk brought and returns the shipments that changed. A chunk that brought nothing new
 * leaves the watchlist as it was: the check time goes to the poll state (`checkedAt`), which readers merge.
 */
function applyChunk(watchlist: Watchlist, keys: string[], fetched: Map<string, Shipment>, now: number, poll: PollState, settings: Settings): Map<string, Shipment> {
  const run = poll.run!;
  const next: PinnedShipment[] = [];
  const found: PollRun['pending'] = [];
  for (const key of keys) {
    const pin = watchlist[key];
    if (!pin || pin.archived) continue; // unpinned or archived meanwhile
    const after = fetched.get(key);
    noteStreak(poll, key, after?.status ?? pin.shipment?.status ?? 'notfound', now);
    if (!after) {
      next.push({ ...pin, lastError: { kind: 'not-found', message: t('bg_errNotFound') } });
      continue;
    }
    const change = classifyChange(pin.shipment, after);
    next.push({ ...pin, shipment: after, lastError: null, unread: pin.unread || change !== null });
    if (change) found.push(pendingChange(pin, after, change));
    const stall = change ? null : stalledChange(after, settings.stalledDays, poll.stalled[key]);
    if (stall) {
      // Told once per stall: a new checkpoint ends it (and a later stall is told again).
      poll.stalled[key] = stall.event ?? '';
      run.pending.push(pendingChange(pin, after, stall));
    }
  }
  const news = new Map<string, Shipment>();
  if (next.every((p) => deepEqual(p, watchlist[p.key]))) return news;
  for (const p of next) {
    if (p.shipment && !deepEqual(p.shipment, watchlist[p.key]?.shipment)) news.set(p.key, p.shipment);
    watchlist[p.key] = { ...p, lastCheckedAt: now };
  }
  run.pending.push(...found);
  return news;
}

/** Since when the key has had this status: the schedule's back-off and "delivered, once more" count from it. */
function noteStreak(poll: PollState, key: string, status: string, now: number): void {
  if (poll.streak[key]?.status !== status) poll.streak[key] = { status, since: now };
}

async function onError(error: unknown, run: PollRun, chunkIndex: number, keys: string[], settings: Settings, now: number): Promise<StepResult> {
  const info = toUserError(error);
  const kind = info.kind;
  if (kind === 'rate-limited' || kind === 'quota') {
    // A server's Retry-After is capped at the quota pause: "ten years" must not stop polling for good.
    const wait = Math.min(info.retryAfterMs ?? (kind === 'quota' ? QUOTA_PAUSE_MS : 120_000), QUOTA_PAUSE_MS);
    // From the time of the reply, not the step's start: the client's own 429 pause (transport.ts) counts
    // from the reply, and a retry before it ends would be refused locally and pause once more.
    const pausedUntil = Math.max(now, Date.now()) + wait;
    await updatePoll((poll) => {
      poll.pausedUntil = pausedUntil;
      poll.lastPollError = info.retryAfterMs != null ? { ...info, retryAfterMs: wait } : info;
    });
    await scheduleOnce(RETRY_ALARM, pausedUntil, now);
    return 'paused';
  }
  if (kind === 'network' || kind === 'timeout' || kind === 'server') {
    const failures = await updatePoll((poll) => {
      poll.failures += 1;
      poll.lastPollError = info;
      return poll.failures;
    });
    await scheduleOnce(RETRY_ALARM, now + backoffMs(failures, settings), now);
    return 'failed';
  }
  if (error instanceof BackgroundError || kind === 'auth' || kind === 'unsupported') {
    // Nothing will work until the user fixes the key: drop the run, keep the data, say why. Changes the
    // run already saved are still news: the next run will not see them again, so notify them now.
    const dropped = await updatePoll((poll) => {
      const pending = poll.run?.id === run.id ? poll.run.pending : [];
      poll.run = null;
      poll.lastPollError = info;
      return pending;
    });
    await tellChanges(dropped, settings, run.id, now);
    return 'failed';
  }
  // Anything else (a reply that could not be read) is this chunk's problem: note it on the shipments,
  // keep their last good data, and move on so one bad chunk cannot stall the rest.
  await transaction({ watchlist: 'write', poll: 'write' }, ({ watchlist, poll }) => {
    if (poll.run?.id !== run.id || poll.run.nextChunk !== chunkIndex) return;
    for (const key of keys) if (watchlist[key]) watchlist[key] = { ...watchlist[key]!, lastError: info, lastCheckedAt: now };
    poll.run.nextChunk = chunkIndex + 1;
    poll.run.error = info;
    poll.lastPollError = info;
  });
  return 'more';
}

/**
 * A whole run (or the rest of an interrupted one). Concurrent triggers share the same run. `scope` 'due' is
 * the alarm's tick (only what the schedule says is due); 'all' is Check now.
 */
export function pollRun(now: () => number = Date.now, scope: PollScope = 'all'): Promise<StepResult> {
  return singleFlight('poll', async () => {
    for (;;) {
      const result = await pollStep(now(), scope);
      if (result !== 'more') return result;
    }
  });
}

/** msg.pollNow: runs (or joins) a poll and answers when it is over. */
export async function pollNow(): Promise<null> {
  await pollRun();
  return null;
}
