// Bulk pin from a pasted list or CSV: createTrackings MAX_PER_CALL per call, progress in storage (the popup and
// options page watch `local:bulkProgress`), cancellable, and resumable after a worker restart because the
// queue of entries still to send is saved with every batch.
import type { BulkProgress } from '../../messages/background-api';
import { readSettings } from '../../settings/store';
import { duplicatesAmong, newPin, pinKey, type PinnedShipment } from '../../watchlist/model';
import { readWatchlist } from '../../watchlist/store';
import { remoteOf } from '../remote-id';
import type { ShipmentKind } from '../../shipments/types';
import type { CreateTrackingRequest } from '../../api';
import { MAX_PER_CALL } from '../../api/chunks';
import { defaultCarrier, identifyOrParcel } from '../../tracking-numbers';
import { clientFor } from '../client';
import { BackgroundError } from '../background-error';
import { messageFor, toUserError } from '../to-user-error';
import { transaction, updateBulk } from '../transaction';
import { singleFlight } from '../lock';
import { BULK_ALARM, scheduleOnce } from '../alarms';
import { t } from '../../i18n';
import { readBulk, type BulkEntry } from './bulk-state';
import { requiredFieldsLookup } from '../carrier-fields';
import { carrierFieldNames } from '../../ui/labels';

export const BATCH = MAX_PER_CALL;

interface Prepared {
  number: string;
  carrier: string;
  kind: ShipmentKind;
  title?: string;
  notes?: string;
  archived?: boolean;
}

/** Entries queued by a version that did not store the kind get it from the number. */
const kindOf = (e: BulkEntry): ShipmentKind => e.kind ?? identifyOrParcel(e.number).kind;

/** Numbers are normalised and given a carrier locally (no detect calls for a whole list); duplicates drop. */
export function prepareEntries(entries: BulkEntry[]): { ready: Prepared[]; failed: BulkProgress['failed'] } {
  const ready: Prepared[] = [];
  const failed: BulkProgress['failed'] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const id = identifyOrParcel(e.number);
    const carrier = e.carrier || defaultCarrier(id, 'first');
    if (!carrier) {
      failed.push({ number: e.number, message: t('bg_errNoCarrier') });
      continue;
    }
    const key = pinKey(carrier, id.number);
    if (seen.has(key)) continue;
    seen.add(key);
    ready.push({ number: id.number, carrier, kind: id.kind, ...(e.title ? { title: e.title } : {}), ...(e.notes ? { notes: e.notes } : {}), ...(e.archived ? { archived: true } : {}) });
  }
  return { ready, failed };
}

export async function startBulk(entries: BulkEntry[], now = Date.now()): Promise<BulkProgress> {
  const settings = await readSettings();
  clientFor(settings, { kind: 'import' }); // fails early with 'no-key'
  const { ready, failed } = prepareEntries(entries);
  const duplicates = duplicatesAmong(Object.values(await readWatchlist()), ready);
  const progress = await updateBulk((bulk) => {
    if (bulk.progress?.state === 'running' && bulk.queue) {
      throw new BackgroundError('busy', t('bg_errBulkRunning'));
    }
    const jobId = `bulk-${now.toString(36)}`;
    bulk.progress = { jobId, total: ready.length + failed.length, done: failed.length, added: 0, failed, duplicates, state: ready.length ? 'running' : 'done' };
    bulk.queue = ready.length ? { jobId, pending: ready } : null;
    return bulk.progress;
  });
  if (progress.state === 'running') void runBulk();
  return progress;
}

export async function cancelBulk(): Promise<null> {
  await updateBulk((bulk) => {
    if (bulk.progress?.state === 'running') bulk.progress = { ...bulk.progress, state: 'cancelled' };
    bulk.queue = null;
  });
  return null;
}

/** Sends the queue batch by batch until it is empty, cancelled or blocked. Shared by concurrent callers. */
export function runBulk(): Promise<BulkProgress | null> {
  return singleFlight('bulk', async () => {
    for (;;) {
      const more = await bulkStep();
      if (!more) return (await readBulk()).progress;
    }
  });
}

async function bulkStep(now = Date.now()): Promise<boolean> {
  const settings = await readSettings();
  const { progress, queue } = await transaction({ bulk: 'read' }, ({ bulk }) => ({ ...bulk }));
  if (!progress || progress.state !== 'running' || !queue || queue.jobId !== progress.jobId) return false;
  const batch = queue.pending.slice(0, BATCH);
  // Watchdog: a worker stopped in the middle of a batch is woken again to go on (a later transient
  // error moves this alarm to its own retry time; a stray fire after the job ends finds nothing to do).
  if (batch.length) await scheduleOnce(BULK_ALARM, now + 60_000, now);
  if (!batch.length) {
    await updateBulk((bulk) => {
      if (bulk.progress?.jobId === progress.jobId) bulk.progress = { ...bulk.progress, state: 'done' };
      bulk.queue = null;
    });
    return false;
  }
  const parcels = batch.filter((e) => kindOf(e) === 'parcel');
  const created = new Set<string>();
  /** Provider ids of what was created (v4 addresses trackings by them). */
  const remotes = new Map<string, PinnedShipment['remote']>();
  const failed: BulkProgress['failed'] = [];
  if (parcels.length) {
    try {
      const client = clientFor(settings, { kind: 'import' });
      const requests: CreateTrackingRequest[] = parcels.map((e) => ({ tracking_number: e.number, carrier_code: e.carrier!, ...(e.title ? { title: e.title } : {}) }));
      const result = await client.createTrackings(requests);
      for (const s of result.trackings) remotes.set(pinKey(s.carrier_code, s.tracking_number), remoteOf(client, s.id));
      const errors = new Map(result.errors.map((er) => [pinKey(er.carrier_code ?? '', er.tracking_number ?? ''), er]));
      const fieldsOf = requiredFieldsLookup(client);
      for (const e of parcels) {
        const er = errors.get(pinKey(e.carrier!, e.number));
        // 4016 (v2) / 4101 (v4): already in the account, which is what pinning wants.
        if (!er || er.code === 4016 || er.code === 4101) created.add(pinKey(e.carrier!, e.number));
        // 4122: name the fields the courier needs; the form for them is in the details.
        else if (er.code === 4122) failed.push({ number: e.number, message: t('bg_errNeedsFieldsList', carrierFieldNames(await fieldsOf(e.carrier!))) });
        // The provider's own text is English and names API codes: say it in the user's language.
        else failed.push({ number: e.number, message: er.code != null ? messageFor('invalid-input', er.code) : t('bg_errInvalidInput') });
      }
    } catch (error) {
      return onBulkError(error, progress.jobId, now);
    }
  }
  for (const e of batch) if (kindOf(e) === 'awb') created.add(pinKey(e.carrier!, e.number));

  await transaction({ watchlist: 'write', bulk: 'write' }, ({ watchlist, bulk }) => {
    if (!bulk.progress || bulk.progress.jobId !== progress.jobId || !bulk.queue) return; // cancelled meanwhile
    let added = 0;
    for (const e of batch) {
      const key = pinKey(e.carrier!, e.number);
      if (!created.has(key)) continue;
      if (!watchlist[key]) watchlist[key] = { ...newPin({ number: e.number, carrier: e.carrier!, kind: kindOf(e), title: e.title ?? null }, now), notes: e.notes ?? null, archived: !!e.archived };
      const remote = remotes.get(key);
      if (remote) watchlist[key] = { ...watchlist[key]!, remote };
      added++;
    }
    const pending = bulk.queue.pending.slice(batch.length);
    bulk.queue = pending.length ? { ...bulk.queue, pending } : null;
    bulk.progress = {
      ...bulk.progress,
      done: bulk.progress.done + batch.length,
      added: bulk.progress.added + added,
      failed: [...bulk.progress.failed, ...failed],
      state: bulk.progress.state === 'running' && !pending.length ? 'done' : bulk.progress.state,
      error: null,
    };
  });
  return true;
}

async function onBulkError(error: unknown, jobId: string, now: number): Promise<boolean> {
  const info = toUserError(error);
  if (info.kind === 'rate-limited' || info.kind === 'network' || info.kind === 'timeout' || info.kind === 'server') {
    // Transient: the queue stays; an alarm wakes the worker to go on. The progress says why it waits.
    await updateBulk((bulk) => {
      if (bulk.progress?.jobId === jobId && bulk.progress.state === 'running') bulk.progress = { ...bulk.progress, error: info };
    });
    await scheduleOnce(BULK_ALARM, now + (info.retryAfterMs ?? 60_000), now);
    return false;
  }
  // Key refused, quota used up…: the rest cannot be added; report them all with the reason.
  await updateBulk((bulk) => {
    if (!bulk.progress || bulk.progress.jobId !== jobId) return;
    const rest = bulk.queue?.pending ?? [];
    bulk.progress = {
      ...bulk.progress,
      done: bulk.progress.total,
      failed: [...bulk.progress.failed, ...rest.map((e) => ({ number: e.number, message: info.message }))],
      state: 'failed',
      error: info,
    };
    bulk.queue = null;
  });
  return false;
}

/** On worker start: an import that was running when the worker died goes on. */
export async function resumeBulk(): Promise<void> {
  const { progress } = await readBulk();
  if (progress?.state === 'running') await runBulk();
}

