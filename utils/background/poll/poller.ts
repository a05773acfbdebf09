// The poll: every due pinned shipment is fetched with the list endpoint, 40 numbers per call, compared
// with what is stored, saved, and the changes notified. A run is a durable cursor in storage: each chunk
// is saved together with the run's progress, so a worker killed mid-run resumes where it stopped, and
// notifications go out once at the end (with deterministic IDs, so a repeat replaces instead of doubling).
import type { TrackingClient } from '../../api';
import type { Shipment } from '../../shipments/types';
import { readPollState, readSettings, readWatchlist, type PollRun, type PollState, type Watchlist } from '../../storage';
import type { Settings } from '../../settings';
import { pinKey } from '../../watchlist';
import { chunks } from '../../api/chunks';
import { airCargoToShipment, clientFor, pickAirCargo, trackingToShipment } from '../api';
import { classifyChange, pendingChange } from './changes';
import { BackgroundError, toUserError } from '../errors';
import { isAwbPin } from '../pins';
import { planNotifications, showAll } from './notifications';
import { RETRY_ALARM, scheduleOnce } from '../alarms';
import { changeState } from '../state';
import { shared } from '../lock';
import { t } from '../../i18n';

export const CHUNK = 40;
/** Quota errors carry no time; try again after this. */
export const QUOTA_PAUSE_MS = 6 * 60 * 60_000;
/** A run older than this (worker gone for a day) starts over instead of resuming. */
const STALE_RUN_MS = 24 * 60 * 60_000;
const FIRST_BACKOFF_MS = 60_000;

const FINISHED: ReadonlySet<string> = new Set(['delivered', 'expired']);

export function isDue(p: Watchlist[string]): boolean {
  return !p.archived && !FINISHED.has(p.shipment?.status ?? '');
}

/** Parcels and air waybills go to different endpoints, so they are chunked separately. */
export function planChunks(list: Watchlist): string[][] {
  const due = Object.values(list).filter(isDue).sort((a, b) => a.pinnedAt - b.pinnedAt || a.key.localeCompare(b.key));
  const parcels = due.filter((p) => !isAwbPin(p)).map((p) => p.key);
  const awbs = due.filter((p) => isAwbPin(p)).map((p) => p.key);
  return [...chunks(parcels, CHUNK), ...chunks(awbs, CHUNK)];
}

export function backoffMs(failures: number, settings: Pick<Settings, 'pollMinutes'>): number {
  return Math.min(settings.pollMinutes * 60_000, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

export type StepResult = 'more' | 'done' | 'idle' | 'paused' | 'failed';

/** Fetches one chunk's shipments; keys missing from the reply are simply absent from the map. */
async function fetchChunk(client: TrackingClient, pins: Watchlist[string][]): Promise<Map<string, Shipment>> {
  const out = new Map<string, Shipment>();
  if (!pins.length) return out;
  if (isAwbPin(pins[0]!)) {
    const replies = await client.trackAirWaybill(pins.map((p) => p.number));
    for (const p of pins) {
      const entry = pickAirCargo(replies, p.number);
      if (entry) out.set(p.key, airCargoToShipment(entry, p.number));
    }
    return out;
  }
  const list = await client.listTrackings({ numbers: pins.map((p) => p.number) });
  for (const item of list.items) out.set(pinKey(item.carrier_code, item.tracking_number), trackingToShipment(item));
  return out;
}

async function startRun(now: number): Promise<PollRun | null> {
  return changeState({ watchlist: true, poll: true }, ({ watchlist, poll }) => {
    if (poll.run) return poll.run;
    poll.run = { id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, startedAt: now, chunks: planChunks(watchlist), nextChunk: 0, pending: [] };
    return poll.run;
  });
}

async function finishRun(run: PollRun, settings: Settings, now: number): Promise<void> {
  await showAll(planNotifications(run.pending, settings.notify, run.id));
  await changeState({ poll: true }, ({ poll }) => {
    if (poll.run?.id === run.id) poll.run = null;
    poll.lastPollAt = now;
    poll.lastPollError = run.error ?? null;
    poll.failures = 0;
  });
}

/** One unit of durable work: start a run, fetch and save one chunk, or finish the run. */
export async function pollStep(now = Date.now()): Promise<StepResult> {
  const settings = await readSettings();
  let state: PollState = await readPollState();
  if (state.pausedUntil && state.pausedUntil > now) return 'paused';
  if (state.run && now - state.run.startedAt > STALE_RUN_MS) {
    await changeState({ poll: true }, ({ poll }) => void (poll.run = null));
    state = await readPollState();
  }
  const run = state.run ?? (await startRun(now));
  if (!run) return 'idle';
  if (run.nextChunk >= run.chunks.length) {
    await finishRun(run, settings, now);
    return 'done';
  }
  const chunkIndex = run.nextChunk;
  const keys = run.chunks[chunkIndex] ?? [];
  const watchlist = await readWatchlist();
  const pins = keys.map((k) => watchlist[k]).filter((p): p is Watchlist[string] => !!p && isDue(p));

  let fetched: Map<string, Shipment>;
  try {
    fetched = await fetchChunk(clientFor(settings), pins);
  } catch (error) {
    return onError(error, run, chunkIndex, keys, settings, now);
  }

  await changeState({ watchlist: true, poll: true }, ({ watchlist: list, poll }) => {
    // Another executor (a second wake-up) already saved this chunk: do not apply it twice.
    if (poll.run?.id !== run.id || poll.run.nextChunk !== chunkIndex) return;
    for (const key of keys) {
      const pin = list[key];
      if (!pin) continue; // unpinned meanwhile
      const after = fetched.get(key);
      if (!after) {
        list[key] = { ...pin, lastCheckedAt: now, lastError: { kind: 'not-found', message: t('bg_errNotFound') } };
        continue;
      }
      const change = classifyChange(pin.shipment, after);
      list[key] = { ...pin, shipment: after, lastCheckedAt: now, lastError: null, unread: pin.unread || change !== null };
      if (change) poll.run.pending.push(pendingChange(pin, after, change));
    }
    poll.run.nextChunk = chunkIndex + 1;
    poll.failures = 0;
  });
  return 'more';
}

async function onError(error: unknown, run: PollRun, chunkIndex: number, keys: string[], settings: Settings, now: number): Promise<StepResult> {
  const info = toUserError(error);
  const kind = info.kind;
  if (kind === 'rate-limited' || kind === 'quota') {
    const pausedUntil = now + (info.retryAfterMs ?? (kind === 'quota' ? QUOTA_PAUSE_MS : 120_000));
    await changeState({ poll: true }, ({ poll }) => {
      poll.pausedUntil = pausedUntil;
      poll.lastPollError = info;
    });
    await scheduleOnce(RETRY_ALARM, pausedUntil, now);
    return 'paused';
  }
  if (kind === 'network' || kind === 'timeout' || kind === 'server') {
    const state = await changeState({ poll: true }, ({ poll }) => {
      poll.failures += 1;
      poll.lastPollError = info;
      return poll;
    });
    await scheduleOnce(RETRY_ALARM, now + backoffMs(state.failures, settings), now);
    return 'failed';
  }
  if (error instanceof BackgroundError || kind === 'auth' || kind === 'unsupported') {
    // Nothing will work until the user fixes the key: drop the run, keep the data, say why. Changes the
    // run already saved are still news: the next run will not see them again, so notify them now.
    const dropped = await changeState({ poll: true }, ({ poll }) => {
      const pending = poll.run?.id === run.id ? poll.run.pending : [];
      poll.run = null;
      poll.lastPollError = info;
      return pending;
    });
    await showAll(planNotifications(dropped, settings.notify, run.id));
    return 'failed';
  }
  // Anything else (a reply that could not be read) is this chunk's problem: note it on the shipments,
  // keep their last good data, and move on so one bad chunk cannot stall the rest.
  await changeState({ watchlist: true, poll: true }, ({ watchlist, poll }) => {
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
  return shared('poll', async () => {
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

export async function hasInterruptedRun(): Promise<boolean> {
  return (await readPollState()).run !== null;
}
