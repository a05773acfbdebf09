// The popup's view model, composed of slices (search, list, details, found on page) as in preact-devtools.
// Browser access comes in through `PopupServices` (built by the popup entrypoint), so the whole view model
// runs under Vitest with fakes. This file holds what the slices share: the route, the header status and
// the notices.
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg, type StatusReply } from '@/utils/messages/background-api';
import { formatHash, parseHash, type PopupRoute } from '@/utils/ui/hash-route';
import type { PopupServices } from '@/utils/ui/services';
import { defaultCarrier, type IdentifiedNumber } from '@/utils/tracking-numbers';
import type { PinSummary } from '@/utils/watchlist/summary';
import { createSearchStore } from './search';
import { createListStore } from './list';
import { createDetailsStore } from './details';
import { createFoundStore } from './found';
import { createCheckStore } from './check';
import { createCarriersStore } from './carrier-picker';
import { createHostStore } from './host';
import { createArchivedStore } from './archived';
import { createDuplicatesStore } from './duplicates';

export function createPopupStore(services: PopupServices) {
  const route = signal<PopupRoute>({ view: 'list' });
  const status = signal<StatusReply | null>(null);
  /** The last failed action (pin, edit, bulk…), shown where it was made. */
  const actionError = signal<ErrorInfo | null>(null);
  /** Short confirmation for screen readers and sighted users ("Copied"). */
  const notice = signal<string | null>(null);

  const search = createSearchStore(services, go);
  const list = createListStore(services, { actionError, onWatchlist: () => details.syncPinned() });
  const details = createDetailsStore(services, { route, actionError, list, go, notice });
  const found = createFoundStore(services);
  const carriers = createCarriersStore(services);
  const archived = createArchivedStore(services, { list, actionError, notice });
  const duplicates = createDuplicatesStore(services, { list, details, actionError, notice, go });
  const check = createCheckStore(services, { status, actionError, loadStatus, reloadList: () => list.reload() });
  const host = createHostStore(services, {
    status,
    actionError,
    viewError: () => {
      const d = details.details.value;
      return d?.state === 'error' ? d.error : null;
    },
    loadStatus,
    retry: () => details.retry(),
  });

  async function loadStatus() {
    const r = await services.send(msg.status, {});
    if (r.ok) status.value = r.data;
  }

  function go(next: PopupRoute) {
    route.value = next;
    services.setHash(formatHash(next));
    if (next.view === 'details') void details.lookup(next.number, next.carrier);
    else {
      details.close();
      actionError.value = null;
    }
  }

  const actions = {
    async init(hash: string) {
      const r = parseHash(hash);
      route.value = r;
      // The list first: everything else the popup loads goes on alongside and does not hold it up.
      const work: Promise<unknown>[] = [list.reload(), loadStatus(), found.loadFound()];
      if (r.view === 'details') work.push(details.lookup(r.number, r.carrier));
      await Promise.all(work);
    },
    subscribe(): () => void {
      return services.watchWatchlist(() => {
        void list.reload();
        void loadStatus();
      });
    },
    openDetails(number: string, carrier: string | null) {
      go({ view: 'details', number, carrier });
    },
    /** A number found on the page: its carrier only when the engine is sure of it. */
    openFound(n: IdentifiedNumber) {
      go({ view: 'details', number: n.number, carrier: defaultCarrier(n, 'only-if-unambiguous') ?? null });
    },
    /** Stable: the memoised list rows take it as a prop. */
    openPinned(p: Pick<PinSummary, 'number' | 'carrier'>) {
      go({ view: 'details', number: p.number, carrier: p.carrier });
    },
    back() {
      go({ view: 'list' });
    },
    openArchived() {
      go({ view: 'archived' });
    },
    onHashChange(hash: string) {
      const r = parseHash(hash);
      const cur = route.value;
      if (r.view === cur.view && (r.view !== 'details' || (cur.view === 'details' && cur.number === r.number))) return;
      go(r);
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
  };

  return {
    route,
    status,
    actionError,
    notice,
    search,
    list,
    details,
    found,
    check,
    carriers,
    host,
    archived,
    duplicates,
    now: services.now,
    carrierName: services.carrierName,
    carrierChoices: services.carrierChoices,
    actions,
  };
}

export type PopupStore = ReturnType<typeof createPopupStore>;
