// What a bulk import keeps in storage: the progress the popup and options page watch, and the queue of
// entries still to send (so an import goes on after a worker restart).
import type { BulkProgress } from '../../messages/background-api';
import type { ShipmentKind } from '../../shipments/types';
import { lazyItem, readCopy } from '../../storage/lazy-item';

export interface BulkEntry {
  number: string;
  carrier?: string;
  /** Set once the entry is prepared; entries queued by older versions lack it. */
  kind?: ShipmentKind;
  title?: string;
  /** Restored from a JSON backup: the user's notes and archive state. */
  notes?: string;
  archived?: boolean;
}

/** The part of a bulk job the UI does not need: what is still to be sent. */
export interface BulkQueue {
  jobId: string;
  pending: BulkEntry[];
}

export interface BulkState {
  progress: BulkProgress | null;
  queue: BulkQueue | null;
}

/** Progress of the current or last bulk import; the popup and options page watch it. */
export const bulkProgressItem = lazyItem<BulkProgress | null>('local:bulkProgress', {
  fallback: null,
  version: 1,
  migrations: {},
});

export const bulkQueueItem = lazyItem<BulkQueue | null>('local:bulkQueue', {
  fallback: null,
  version: 1,
  migrations: {},
});

export async function readBulk(): Promise<BulkState> {
  const progress = (await readCopy(bulkProgressItem)) as BulkProgress | null;
  const queue = (await readCopy(bulkQueueItem)) as BulkQueue | null;
  return {
    progress: progress && typeof progress === 'object' && Array.isArray(progress.failed) ? progress : null,
    queue: queue && typeof queue === 'object' && Array.isArray(queue.pending) ? queue : null,
  };
}
