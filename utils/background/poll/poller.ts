// The poll: every due pinned shipment is fetched with the list endpoint, MAX_PER_CALL numbers per call,
// compared with what is stored, saved, and the changes notified. A run is a durable cursor in storage: each
// chunk is saved together with the run's progress, so a worker killed mid-run resumes where it stopped, and
// notifications go out once at the end (with deterministic IDs, so a repeat replaces instead of doubling).
import type { TrackingClient } from '../../api';
import type { Shipment } from '../../shipments/types';
import { readSettings } from '../../settings/store';
import type { Settings } from '../../settings/model';
import { numberOfKey, pinKey, type PinnedShipment, type Watchlist } from '../../watchlist/model';
import { chunks, MAX_PER_CALL } from '../../api/chunks';
import { deepEqual } from '../../deep-equal';
import { normalizeTracking } from '../../shipments/normalize-tracking';
import { airCargoToShipment, pickAirCargo } from '../air-cargo';
import { clientFor } from '../client';
import { classifyChange, pendingChange } from './changes';
import { BackgroundError } from '../background-error';
import { toUserError } from '../to-user-error';
import { planNotifications, showAll } from './notifications';
import { RETRY_ALARM, scheduleOnce } from '../alarms';
import { transaction, updatePoll } from '../transaction';
import { singleFlight } from '../lock';
import { changeFingerprint, readPollState, type PendingChange, type PollRun } from './poll-state';
import { t } from '../../i18n';
import { refreshCached } from '../cache';
import { isQuotaError } from '../../storage/quota';

/** Quota errors carry no time; try again after this. */
export const QUOTA_PAUSE_MS = 6 * 60 * 60_000;
/** A run older than this (worker gone for a day) starts over instead of resuming. */
const STALE_RUN_MS = 24 * 60 * 60_000;
const FIRST_BACKOFF_MS = 60_000;

const FINISHED: ReadonlySet<string> = new Set(['delivered', 'expired']);

export function isDue(p: PinnedShipment): boolean {
  return !p.archived && !FINISHED.has(p.shipment?.status ?? '');
}

/** Parcels and air waybills go to different endpoints, so they are chunked separately, parcels first. */
export function planChunks(list: Readonly<Watchlist>): Pick<PollRun, 'chunks' | 'awbFrom'> {
  const due = Object.values(list).filter(isDue).sort((a, b) => a.pinnedAt - b.pinnedAt || a.key.localeCompare(b.key));
  const parcels = chunks(due.filter((p) => p.kind !== 'awb').map((p) => p.key), MAX_PER_CALL);
  const awbs = chunks(due.filter((p) => p.kind === 'awb').map((p) => p.key), MAX_PER_CALL);
  return { chunks: [...parcels, ...awbs], awbFrom: parcels.length };
}

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

function startRun(now: number): Promise<PollRun> {
  return transaction({ watchlist: 'read', poll: 'write' }, ({ watchlist, poll }) => {
    // Check times of unpinned keys are dropped here, once per run.
    if (!poll.run) {
      poll.checkedAt = Object.fromEntries(Object.entries(poll.checkedAt).filter(([key]) => key in watchlist));
      poll.notified = Object.fromEntries(Object.entries(poll.notified).filter(([key]) => key in watchlist));
    }
    poll.run ??= { id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, startedAt: now, ...planChunks(watchlist), nextChunk: 0, pending: [] };
    return poll.run;
  });
}

/**
 * Notifies the run's changes not told already (a change a poll saw before, e.g. when the provider's data
 * went back and forth, is not news twice) and remembers them. Shown before they are remembered: a worker
 * killed in between shows them again under the same IDs (replacing), never loses them.
 */
async function notifyNew(pending: PendingChange[], settings: Settings, runId: string): Promise<void> {
  const { notified } = await readPollState();
  await showAll(planNotifications(pending.filter((c) => notified[c.key] !== changeFingerprint(c)), settings.notify, runId));
  await updatePoll((poll) => {
    for (const c of pending) poll.notified[c.key] = changeFingerprint(c);
  });
}

async function finishRun(run: PollRun, settings: Settings, now: number): Promise<void> {
  await notifyNew(run.pending, settings, run.id);
  await updatePoll((poll) => {
    if (poll.run?.id === run.id) poll.run = null;
    poll.lastPollAt = now;
    poll.lastPollError = run.error ?? null;
    poll.failures = 0;
  });
}

/** One unit of durable work: start a run, fetch and save one chunk, or finish the run. */
export async function pollStep(now = Date.now()): Promise<StepResult> {
  const settings = await readSettings();
  let { pausedUntil, run } = await readPollState();
  if (pausedUntil && pausedUntil > now) return 'paused';
  if (run && now - run.startedAt > STALE_RUN_MS) run = await updatePoll((poll) => (poll.run = null));
  try {
    run ??= await startRun(now);
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
      const news = applyChunk(watchlist, keys, fetched, now, poll.run);
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
function applyChunk(watchlist: Watchlist, keys: string[], fetched: Map<string, Shipment>, now: number, run: PollRun): Map<string, Shipment> {
  const next: PinnedShipment[] = [];
  const found: PollRun['pending'] = [];
  for (const key of keys) {
    const pin = watchlist[key];
    if (!pin || !isDue(pin)) continue; // unpinned or archived meanwhile
    const after = fetched.get(key);
    if (!after) {
      next.push({ ...pin, lastError: { kind: 'not-found', message: t('bg_errNotFound') } });
      continue;
    }
    const change = classifyChange(pin.shipment, after);
    next.push({ ...pin, shipment: after, lastError: null, unread: pin.unread || change !== null });
    if (change) found.push(pendingChange(pin, after, change));
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

async function onError(error: unknown, run: PollRun, chunkIndex: number, keys: string[], settings: Settings, now: number): Promise<StepResult> {
  const info = toUserError(error);
  const kind = info.kind;
  if (kind === 'rate-limited' || kind === 'quota') {
    // A server's Retry-After is capped at the quota pause: "ten years" must not stop polling for good.
    const wait = Math.min(info.retryAfterMs ?? (kind === 'quota' ? QUOTA_PAUSE_MS : 120_000), QUOTA_PAUSE_MS);
    const pausedUntil = now + wait;
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
    await notifyNew(dropped, settings, run.id);
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

/** A whole run (or the rest of an interrupted one). Concurrent triggers share the same run. */
export function pollRun(now: () => number = Date.now): Promise<StepResult> {
  return singleFlight('poll', async () => {
    for (;;) {
      const result = await pollStep(now());
      if (result !== 'more') return result;
    }
  });
}

/** msg.pollNow: runs (or joins) a poll and answers when it is over. */
export async function pollNow(): Promise<null> {
  await pollRun();
  return null;
}
