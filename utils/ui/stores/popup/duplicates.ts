// Duplicates of the pinned shipment in view: the same number (compared normalised) pinned under other
// carriers, and merging them into the one the user keeps.
import { computed, type Signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg } from '@/utils/messages/background-api';
import { pinsOfNumber } from '@/utils/watchlist/model';
import type { PopupRoute } from '@/utils/ui/hash-route';
import type { PopupServices } from '@/utils/ui/services';
import type { ListStore } from './list';
import type { DetailsStore } from './details';

export interface DuplicatesDeps {
  list: Pick<ListStore, 'watchlist' | 'reload'>;
  details: Pick<DetailsStore, 'details'>;
  actionError: Signal<ErrorInfo | null>;
  notice: Signal<string | null>;
  go(next: PopupRoute): void;
}

export function createDuplicatesStore(services: Pick<PopupServices, 'send'>, deps: DuplicatesDeps) {
  const { list, details, actionError, notice } = deps;
  /** Every pin of the number in view, in key order; empty unless there are two or more. */
  const pins = computed(() => {
    const d = details.details.value;
    if (d?.state !== 'ready' || !d.pinned) return [];
    const all = pinsOfNumber(list.watchlist.value ?? [], d.pinned.number).sort((a, b) => a.key.localeCompare(b.key));
    return all.length > 1 ? all : [];
  });

  return {
    pins,
    /** Keeps `keep`, folds the others into it; `done` is the confirmation to announce. */
    async merge(keep: string, removeFromAccount: boolean, done: string) {
      const drop = pins.value.map((p) => p.key).filter((k) => k !== keep);
      if (!drop.length) return;
      const r = await services.send(msg.merge, { keep, drop, removeFromAccount });
      if (!r.ok) return void (actionError.value = r.error);
      actionError.value = null;
      notice.value = done;
      await list.reload();
      deps.go({ view: 'details', number: r.data.number, carrier: r.data.carrier });
    },
  };
}

export type DuplicatesStore = ReturnType<typeof createDuplicatesStore>;
