// The popup's state and actions. Browser access comes in through `PopupServices` (built by the popup
// entrypoint), so the whole view model runs under Vitest with fakes.
import { batch, computed, signal } from '@preact/signals';
import type { AnyMessageDef, ErrorInfo, Payload, Reply, Result } from '../messages/protocol';
import { msg, type LookupReply, type StatusReply } from '../messages/background-api';
import { contentMsg, type FoundNumber } from '../messages/content-api';
import type { PinnedShipment } from '../watchlist/model';
import { pinKey } from '../watchlist/model';
import { etaRange, type EtaRange, type TransitTimes } from './eta';
import { formatHash, parseHash, type PopupRoute } from './hash-route';
import { filterPinned, statusCounts, summaryOf, type StatusFilter } from './watchlist-view';
import type { PinSummary } from '../watchlist/summary';
import { cleanNumber, looksLikeNumber } from './search-input';

export interface Identified {
  /** Normalised number to send. */
  number: string;
  kind: 'parcel' | 'awb';
  carriers: string[];
  /** "UPS", or "air waybill – Cargolux". */
  label: string;
}

export type SendFn = <D extends AnyMessageDef>(def: D, payload: Payload<D>) => Promise<Result<Reply<D>>>;
export type SendToTabFn = <D extends AnyMessageDef>(tabId: number, def: D, payload: Payload<D>) => Promise<Result<Reply<D>>>;

export interface PopupServices {
  send: SendFn;
  sendToTab: SendToTabFn;
  identify(input: string): Identified | null;
  activeTab(): Promise<{ id: number; host: string } | null>;
  openOptions(): void;
  openUrl(url: string): void;
  copyText(text: string): Promise<boolean>;
  /** The pinned shipments, newest first, read straight from storage (no round trip to the worker). */
  readWatchlist(): Promise<PinnedShipment[]>;
  /** What the list shows, from the background's small list index; null when missing or stale. */
  readListIndex(): Promise<PinSummary[] | null>;
  /** Calls back whenever the stored watchlist changes; returns an unsubscribe. */
  watchWatchlist(onChange: () => void): () => void;
  setHash(hash: string): void;
  now(): number;
}

export type DetailsState =
  | { state: 'loading'; number: string; carrier: string | null; known: PinnedShipment | null }
  | { state: 'ready'; number: string; carrier: string | null; reply: LookupReply; pinned: PinnedShipment | null }
  | { state: 'error'; number: string; carrier: string | null; error: ErrorInfo; known: PinnedShipment | null };

export interface FoundState {
  host: string;
  tabId: number;
  enabled: boolean;
  numbers: FoundNumber[];
}

export function createPopupStore(services: PopupServices) {
  const route = signal<PopupRoute>({ view: 'list' });
  const query = signal('');
  const status = signal<StatusReply | null>(null);
  /** The list's rows (from the list index, or summarised from the watchlist when there is none). */
  const pins = signal<PinSummary[] | null>(null);
  /** Full pinned shipments: read only when needed (details, pin state), as they cost ~10x the index. */
  const watchlist = signal<PinnedShipment[] | null>(null);
  const watchlistError = signal<ErrorInfo | null>(null);
  const found = signal<FoundState | null>(null);
  const foundError = signal<ErrorInfo | null>(null);
  const filter = signal<StatusFilter>('all');
  const listQuery = signal('');
  const selected = signal<ReadonlySet<string>>(new Set());
  const details = signal<DetailsState | null>(null);
  const transit = signal<TransitTimes | null>(null);
  const actionError = signal<ErrorInfo | null>(null);
  /** Short confirmation for screen readers and sighted users ("Copied"). */
  const notice = signal<string | null>(null);
  const busy = signal(false);
  /** The clock for list ages, read once per watchlist load so memoised rows keep equal props. */
  const listNow = signal(services.now());

  const identified = computed(() => (looksLikeNumber(query.value) ? services.identify(query.value) : null));
  const visible = computed(() => filterPinned(pins.value ?? [], filter.value, listQuery.value));
  const counts = computed(() => statusCounts(pins.value ?? []));
  const eta = computed<EtaRange | null>(() => {
    const d = details.value;
    return d?.state === 'ready' ? etaRange(d.reply.shipment, transit.value) : null;
  });

  const findPinned = (number: string, carrier: string | null) => {
    const list = watchlist.value ?? [];
    const n = cleanNumber(number);
    return (
      (carrier ? list.find((p) => p.key === pinKey(carrier, n) || p.key === pinKey(carrier, number)) : undefined) ??
      list.find((p) => cleanNumber(p.number) === n && (!carrier || p.carrier === carrier)) ??
      null
    );
  };

  async function loadStatus() {
    const r = await services.send(msg.status, {});
    if (r.ok) status.value = r.data;
  }

  const storageError = (e: unknown): ErrorInfo => ({ kind: 'storage', message: e instanceof Error ? e.message : String(e) });

  function setPins(list: PinSummary[]) {
    batch(() => {
      listNow.value = services.now();
      pins.value = list;
      watchlistError.value = null;
      const keys = new Set(list.map((p) => p.key));
      if ([...selected.value].some((k) => !keys.has(k))) selected.value = new Set([...selected.value].filter((k) => keys.has(k)));
    });
  }

  /** The list: from the index when it is current, else from the full watchlist. */
  async function loadList() {
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
    // Keep an open details view in step with pin state and edits made elsewhere.
    const d = details.value;
    if (d?.state === 'ready') {
      const p = findPinned(d.reply.shipment.number, d.reply.shipment.carrier.code);
      if (p !== d.pinned) details.value = { ...d, pinned: p, reply: { ...d.reply, pinned: !!p } };
    }
  }

  /** After a change: the list, and the full entries if something already uses them. */
  const reload = () => loadList();

  async function loadFound() {
    const tab = await services.activeTab();
    if (!tab) return;
    const r = await services.sendToTab(tab.id, contentMsg.foundNumbers, {});
    if (r.ok) {
      found.value = { host: r.data.host || tab.host, tabId: tab.id, enabled: r.data.enabled, numbers: r.data.numbers };
      foundError.value = null;
    } else {
      found.value = tab.host ? { host: tab.host, tabId: tab.id, enabled: true, numbers: [] } : null;
      foundError.value = r.error;
    }
  }

  async function loadTransit(reply: LookupReply) {
    const s = reply.shipment;
    transit.value = null;
    if (!s.originCountry || !s.destinationCountry || s.status === 'delivered') return;
    if (!/^[A-Za-z]{2}$/.test(s.originCountry) || !/^[A-Za-z]{2}$/.test(s.destinationCountry)) return;
    const r = await services.send(msg.transitTimes, {
      carrier: s.carrier.code,
      origin: s.originCountry.toUpperCase(),
      destination: s.destinationCountry.toUpperCase(),
    });
    const d = details.value;
    if (r.ok && d?.state === 'ready' && d.reply.shipment.number === s.number) transit.value = r.data;
  }

  async function lookup(number: string, carrier: string | null, refresh = false) {
    if (watchlist.value === null) {
      // Full entries are read on first need; show the loading state meanwhile.
      if (!refresh) details.value = { state: 'loading', number, carrier, known: null };
      await loadWatchlist();
    }
    const known = findPinned(number, carrier);
    const prev = details.value;
    // A refresh keeps showing the current data until the answer arrives.
    if (!(refresh && prev?.state === 'ready')) details.value = { state: 'loading', number, carrier, known };
    else busy.value = true;
    actionError.value = null;
    const payload: Payload<typeof msg.lookup> = { number };
    if (carrier) payload.carrier = carrier;
    if (refresh) payload.refresh = true;
    const r = await services.send(msg.lookup, payload);
    busy.value = false;
    const current = route.value;
    if (current.view !== 'details' || current.number !== number) return; // the user moved on
    if (!r.ok) {
      if (refresh && prev?.state === 'ready') actionError.value = r.error;
      else details.value = { state: 'error', number, carrier, error: r.error, known };
      return;
    }
    const pinned = findPinned(r.data.shipment.number, r.data.shipment.carrier.code) ?? (r.data.pinned ? known : null);
    details.value = { state: 'ready', number, carrier, reply: r.data, pinned };
    if (pinned?.unread) void services.send(msg.markRead, { keys: [pinned.key] });
    void loadTransit(r.data);
  }

  function go(next: PopupRoute) {
    route.value = next;
    services.setHash(formatHash(next));
    if (next.view === 'details') void lookup(next.number, next.carrier);
    else {
      details.value = null;
      actionError.value = null;
    }
  }

  const actions = {
    async init(hash: string) {
      const r = parseHash(hash);
      route.value = r;
      // The list first: everything else the popup loads goes on alongside and does not hold it up.
      const work: Promise<unknown>[] = [loadList(), loadStatus(), loadFound()];
      if (r.view === 'details') work.push(lookup(r.number, r.carrier));
      await Promise.all(work);
    },
    subscribe(): () => void {
      return services.watchWatchlist(() => {
        void reload();
        void loadStatus();
      });
    },
    /** Enter in the search box. */
    search() {
      const raw = query.value;
      if (!looksLikeNumber(raw)) return;
      const id = identified.value;
      go({ view: 'details', number: id?.number ?? cleanNumber(raw), carrier: id?.carriers.length === 1 ? id.carriers[0]! : null });
    },
    openDetails(number: string, carrier: string | null) {
      go({ view: 'details', number, carrier });
    },
    openPinned(p: Pick<PinSummary, 'number' | 'carrier'>) {
      go({ view: 'details', number: p.number, carrier: p.carrier });
    },
    back() {
      go({ view: 'list' });
    },
    onHashChange(hash: string) {
      const r = parseHash(hash);
      const cur = route.value;
      if (r.view === cur.view && (r.view === 'list' || (cur.view === 'details' && cur.number === r.number))) return;
      go(r);
    },
    refresh() {
      const d = details.value;
      if (d) void lookup(d.number, d.state === 'ready' ? d.reply.shipment.carrier.code : d.carrier, true);
    },
    retry() {
      const d = details.value;
      if (d) void lookup(d.number, d.carrier);
    },
    async pin() {
      const d = details.value;
      if (d?.state !== 'ready') return;
      const s = d.reply.shipment;
      const r = await services.send(msg.pin, { number: s.number, carrier: s.carrier.code });
      if (!r.ok) return void (actionError.value = r.error);
      details.value = { ...d, pinned: r.data, reply: { ...d.reply, pinned: true } };
      await reload();
    },
    async unpin() {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return;
      const r = await services.send(msg.unpin, { keys: [d.pinned.key] });
      if (!r.ok) return void (actionError.value = r.error);
      details.value = { ...d, pinned: null, reply: { ...d.reply, pinned: false } };
      await reload();
    },
    async edit(title: string, notes: string) {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return false;
      const r = await services.send(msg.edit, { key: d.pinned.key, title: title.trim() || null, notes: notes.trim() || null });
      if (!r.ok) {
        actionError.value = r.error;
        return false;
      }
      details.value = { ...d, pinned: r.data };
      await reload();
      return true;
    },
    async changeCarrier(carrier: string) {
      const d = details.value;
      const code = carrier.trim().toLowerCase();
      if (!d || !code) return;
      if (d.state === 'ready' && d.pinned) {
        const r = await services.send(msg.changeCarrier, { key: d.pinned.key, carrier: code });
        if (!r.ok) return void (actionError.value = r.error);
        await reload();
      }
      go({ view: 'details', number: d.number, carrier: code });
    },
    async setStatus(action: 'delivered' | 'exception' | 'revert') {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return;
      const r = await services.send(msg.setStatus, { keys: [d.pinned.key], action });
      if (!r.ok) return void (actionError.value = r.error);
      await reload();
      void lookup(d.number, d.reply.shipment.carrier.code);
    },
    async copy(text: string, confirmation: string) {
      if (await services.copyText(text)) notice.value = confirmation;
    },
    openUrl(url: string) {
      services.openUrl(url);
    },
    openSettings() {
      services.openOptions();
    },
    async setSiteEnabled(enabled: boolean) {
      const f = found.value;
      if (!f) return;
      const r = await services.send(msg.setSiteEnabled, { host: f.host, enabled });
      if (!r.ok) return void (foundError.value = r.error);
      found.value = { ...f, enabled: r.data.enabled, numbers: r.data.enabled ? f.numbers : [] };
      await services.sendToTab(f.tabId, contentMsg.settingsChanged, { enabled: r.data.enabled });
      if (r.data.enabled) void loadFound();
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
      await reload();
    },
    reloadWatchlist: reload,
  };

  return {
    route,
    query,
    identified,
    status,
    pins,
    watchlist,
    watchlistError,
    visible,
    counts,
    found,
    foundError,
    filter,
    listQuery,
    selected,
    details,
    transit,
    eta,
    actionError,
    notice,
    busy,
    listNow,
    now: services.now,
    actions,
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
