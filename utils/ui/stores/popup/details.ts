// One shipment in view: its lookup (loading, ready, error), transit times and ETA, and what the user can do
// with it (pin, edit, change carrier, set status, refresh).
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ErrorInfo, Payload } from '@/utils/messages/protocol';
import { msg, type LookupReply } from '@/utils/messages/background-api';
import type { PinnedShipment } from '@/utils/watchlist/model';
import { deliveryWindow, type DeliveryWindow, type TransitTimes } from '@/utils/ui/eta';
import { countryCode } from '@/utils/ui/format';
import type { PopupRoute } from '@/utils/ui/hash-route';
import type { PopupServices } from '@/utils/ui/services';
import type { ListStore } from './list';

export type DetailsState =
  | { state: 'loading'; number: string; carrier: string | null; known: PinnedShipment | null }
  | { state: 'ready'; number: string; carrier: string | null; reply: LookupReply; pinned: PinnedShipment | null }
  | { state: 'error'; number: string; carrier: string | null; error: ErrorInfo; known: PinnedShipment | null };

export interface DetailsDeps {
  /** A lookup whose answer arrives after the user moved on is dropped. */
  route: ReadonlySignal<PopupRoute>;
  actionError: Signal<ErrorInfo | null>;
  list: Pick<ListStore, 'watchlist' | 'findPinned' | 'loadWatchlist' | 'reload'>;
  /** Changing the carrier opens the details anew, under the new carrier's address. */
  go(next: PopupRoute): void;
  /** Where a confirmation is announced (optional: only re-track uses it). */
  notice?: Signal<string | null>;
}


export function createDetailsStore(services: Pick<PopupServices, 'send'>, deps: DetailsDeps) {
  const { route, actionError, list } = deps;
  const details = signal<DetailsState | null>(null);
  const transit = signal<TransitTimes | null>(null);
  /** A refresh is running while the current data stays on screen. */
  const busy = signal(false);

  const eta = computed<DeliveryWindow | null>(() => {
    const d = details.value;
    return d?.state === 'ready' ? deliveryWindow(d.reply.shipment, transit.value) : null;
  });

  async function loadTransit(reply: LookupReply) {
    const s = reply.shipment;
    transit.value = null;
    const origin = countryCode(s.originCountry);
    const destination = countryCode(s.destinationCountry);
    // The carrier's own expected day beats the statistics: no call for them then.
    if (!origin || !destination || s.status === 'delivered' || deliveryWindow(s, null)) return;
    const r = await services.send(msg.transitTimes, { carrier: s.carrier.code, origin, destination });
    const d = details.value;
    if (r.ok && d?.state === 'ready' && d.reply.shipment.number === s.number) transit.value = r.data;
  }

  async function lookup(number: string, carrier: string | null, refresh = false) {
    if (list.watchlist.value === null) {
      // Full entries are read on first need; show the loading state meanwhile.
      if (!refresh) details.value = { state: 'loading', number, carrier, known: null };
      await list.loadWatchlist();
    }
    const known = list.findPinned(number, carrier);
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
    const pinned = list.findPinned(r.data.shipment.number, r.data.shipment.carrier.code) ?? (r.data.pinned ? known : null);
    details.value = { state: 'ready', number, carrier, reply: r.data, pinned };
    if (pinned?.unread) void services.send(msg.markRead, { keys: [pinned.key] });
    void loadTransit(r.data);
  }

  return {
    details,
    transit,
    eta,
    busy,
    lookup,
    close() {
      details.value = null;
    },
    /** Keeps the shipment in view in step with pin state and edits made elsewhere. */
    syncPinned() {
      const d = details.value;
      if (d?.state !== 'ready') return;
      const p = list.findPinned(d.reply.shipment.number, d.reply.shipment.carrier.code);
      if (p !== d.pinned) details.value = { ...d, pinned: p, reply: { ...d.reply, pinned: !!p } };
    },
    refresh() {
      const d = details.value;
      if (d) void lookup(d.number, d.state === 'ready' ? d.reply.shipment.carrier.code : d.carrier, true);
    },
    retry() {
      const d = details.value;
      if (d) void lookup(d.number, d.carrier);
    },
    /** `fields`: what the user entered after the courier asked for carrier-specific fields (4122). */
    async pin(fields?: Record<string, string>) {
      const d = details.value;
      if (d?.state !== 'ready') return;
      const s = d.reply.shipment;
      const payload: Payload<typeof msg.pin> = { number: s.number, carrier: s.carrier.code };
      if (fields) payload.fields = fields as Payload<typeof msg.pin>['fields'];
      actionError.value = null;
      const r = await services.send(msg.pin, payload);
      if (!r.ok) return void (actionError.value = r.error);
      details.value = { ...d, pinned: r.data, reply: { ...d.reply, pinned: true } };
      await list.reload();
    },
    async unpin() {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return;
      const r = await services.send(msg.unpin, { keys: [d.pinned.key] });
      if (!r.ok) return void (actionError.value = r.error);
      details.value = { ...d, pinned: null, reply: { ...d.reply, pinned: false } };
      await list.reload();
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
      await list.reload();
      return true;
    },
    async changeCarrier(carrier: string) {
      const d = details.value;
      const code = carrier.trim().toLowerCase();
      if (!d || !code) return;
      if (d.state === 'ready' && d.pinned) {
        const r = await services.send(msg.changeCarrier, { key: d.pinned.key, carrier: code });
        if (!r.ok) return void (actionError.value = r.error);
        await list.reload();
      }
      deps.go({ view: 'details', number: d.number, carrier: code });
    },
    /** Restarts an expired tracking (TrackingMore v4); `done` is the confirmation to announce. */
    async retrack(done: string) {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return;
      const r = await services.send(msg.retrack, { key: d.pinned.key });
      if (!r.ok) return void (actionError.value = r.error);
      if (deps.notice) deps.notice.value = done;
      await list.reload();
      void lookup(d.number, d.reply.shipment.carrier.code, true);
    },
    async setStatus(action: 'delivered' | 'exception' | 'revert') {
      const d = details.value;
      if (d?.state !== 'ready' || !d.pinned) return;
      const r = await services.send(msg.setStatus, { keys: [d.pinned.key], action });
      if (!r.ok) return void (actionError.value = r.error);
      await list.reload();
      void lookup(d.number, d.reply.shipment.carrier.code);
    },
  };
}

export type DetailsStore = ReturnType<typeof createDetailsStore>;
