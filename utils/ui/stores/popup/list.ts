// The pinned list: its rows, status and text filters, selection and bulk actions. It also owns the full
// pinned entries, which cost ~10x the list index and so are read only on first need (details, pin state).
import { batch, computed, signal, type Signal } from '@preact/signals';
import type { ErrorInfo, Result } from '@/utils/messages/protocol';
import { msg } from '@/utils/messages/background-api';
import { findPinned as findPinnedIn, type PinnedShipment } from '@/utils/watchlist/model';
import type { ListHead, PinSummary } from '@/utils/watchlist/summary';
import { filterPinned, statusCounts, summaryOf, type StatusFilter } from '@/utils/watchlist/view';
import type { PopupServices } from '@/utils/ui/services';

export interface ListDeps {
  /** Where a failed bulk action is reported (the popup shows one action error at a time). */
  actionError: Signal<ErrorInfo | null>;
  /** Runs after each read of the full entries, so an open details view keeps in step with them. */
  onWatchlist(): void;
}

const storageError = (e: unknown): ErrorInfo => ({ kind: 'storage', message: e instanceof Error ? e.message : String(e) });

export function createListStore(services: Pick<PopupServices, 'send' | 'readWatchlist' | 'readListIndex' | 'readListHead' | 'afterPaint' | 'now'>, deps: ListDeps) {
  const { actionError } = deps;
  /** The list's rows (from the list index, or summarised from the watchlist when there is none). */
  const pins = signal<PinSummary[] | null>(null);
  /** Until the index is read: its first screen and counts, so the first rows paint before it. */
  const head = signal<ListHead | null>(null);
  /** Full pinned shipments; null until first needed. */
  const watchlist = signal<PinnedShipment[] | null>(null);
  const watchlistError = signal<ErrorInfo | null>(null);
  const filter = signal<StatusFilter>('all');
  const listQuery = signal('');
  const selected = signal<ReadonlySet<string>>(new Set());
  /** The clock for list ages, read once per watchlist load so memoised rows keep equal props. */
  const listNow = signal(services.now());

  const unfiltered = () => filter.value === 'all' && listQuery.value === '';
  const visible = computed(() =>
    pins.value === null && head.value && unfiltered() ? head.value.rows : filterPinned(pins.value ?? [], filter.value, listQuery.value),
  );
  const counts = computed(() => (pins.value === null && head.value ? (head.value.counts as Record<StatusFilter, number>) : statusCounts(pins.value ?? [])));
  /** How many rows `visible` stands for: while only the head is in, the whole list's count. */
  const visibleTotal = computed(() => (pins.value === null && head.value && unfiltered() ? counts.value.all : visible.value.length));
  /** Something to show: the whole list, or its head. */
  const ready = computed(() => pins.value !== null || head.value !== null);

  const findPinned = (number: string, carrier: string | null): PinnedShipment | null =>
    findPinnedIn(watchlist.value ?? [], number, carrier) ?? null;

  function setPins(list: PinSummary[]) {
    batch(() => {
      listNow.value = services.now();
      pins.value = list;
      head.value = null;
      watchlistError.value = null;
      const keys = new Set(list.map((p) => p.key));
      if ([...selected.value].some((k) => !keys.has(k))) selected.value = new Set([...selected.value].filter((k) => keys.has(k)));
    });
  }

  async function loadWatchlist(listFromIt = false) {
    const r: Result<PinnedShipment[]> = await services.readWatchlist().then(
      (data) => ({ ok: true as const, data }),
      (e: unknown) => ({ ok: false as const, error: storageError(e) }),
    );
    batch(() => {
      if (r.ok) {
        watchlist.value = r.data;
        if (listFromIt) setPins(r.data.map(summaryOf));
      } else {
        watchlistError.value = r.error;
        watchlist.value ??= [];
        pins.value ??= [];
      }
    });
    deps.onWatchlist();
  }

  /** The list: from the index when it is current, else from the full watchlist. */
  async function loadList() {
    if (pins.value === null && head.value === null) {
      head.value = await services.readListHead().catch(() => null);
      // Paint the head before the index's read and deserialisation take the main thread.
      if (head.value) await services.afterPaint();
    }
    let index: PinSummary[] | null = null;
    try {
      index = await services.readListIndex();
    } catch {
      index = null; // the full read below reports what is wrong
    }
    if (index) {
      setPins(index);
      // Pin state in the details view comes from the full entries; keep them in step once loaded.
      if (watchlist.value !== null) await loadWatchlist();
    } else await loadWatchlist(true);
  }

  return {
    pins,
    head,
    ready,
    watchlist,
    watchlistError,
    filter,
    listQuery,
    selected,
    listNow,
    visible,
    visibleTotal,
    counts,
    findPinned,
    loadWatchlist,
    /** After a change: the list, and the full entries if something already uses them. */
    reload: loadList,
    setFilter(f: StatusFilter) {
      filter.value = f;
    },
    setListQuery(q: string) {
      listQuery.value = q;
    },
    toggleSelected(key: string) {
      const next = new Set(selected.value);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      selected.value = next;
    },
    selectAllVisible(on: boolean) {
      selected.value = on ? new Set(visible.value.map((p) => p.key)) : new Set();
    },
    async bulk(action: 'unpin' | 'delivered' | 'archive') {
      const keys = [...selected.value];
      if (keys.length === 0) return;
      const r =
        action === 'unpin'
          ? await services.send(msg.unpin, { keys })
          : action === 'archive'
            ? await services.send(msg.archive, { keys })
            : await services.send(msg.setStatus, { keys, action: 'delivered' });
      if (!r.ok) return void (actionError.value = r.error);
      selected.value = new Set();
      await loadList();
    },
  };
}

export type ListStore = ReturnType<typeof createListStore>;
