// State of the in-page card: what it shows (loading, data, error) and what its buttons do. Browser APIs
// come in as functions, so the same store runs in the content script and in unit tests.
import { signal } from '@preact/signals';
import type { ErrorInfo, Result } from '@/utils/messages/protocol';
import type { LookupReply } from '@/utils/messages/background-api';
import type { PinnedShipment } from '@/utils/watchlist/model';
import { pinKey } from '@/utils/watchlist/model';

export type CardData =
  | { phase: 'loading' }
  | { phase: 'ready'; reply: LookupReply }
  | { phase: 'error'; error: ErrorInfo };

export type CardNotice =
  | { kind: 'pinned' | 'unpinned' | 'copied' | 'copy-failed' }
  | { kind: 'failed'; message: string }
  // A pin refused with 4122: the fields the courier needs; the card offers the details, where the form is.
  | { kind: 'needs-fields'; fields: string[] }
  // Pinned, and the same number was already pinned under other carriers: details offer to merge.
  | { kind: 'duplicate'; carriers: string[] };

export interface CardTarget {
  number: string;
  /** Carrier candidates from detection, best first. */
  carriers: readonly string[];
}

export interface CardDeps {
  lookup(number: string, carrier?: string): Promise<Result<LookupReply>>;
  pin(number: string, carrier?: string): Promise<Result<PinnedShipment & { duplicates?: { carrier: string }[] }>>;
  unpin(keys: string[]): Promise<Result<{ removed: number }>>;
  openDetails(number: string, carrier?: string): Promise<Result<null>>;
  copy(text: string): Promise<boolean>;
}

export function createCardStore(deps: CardDeps) {
  const target = signal<CardTarget | null>(null);
  const data = signal<CardData>({ phase: 'loading' });
  const pinned = signal(false);
  const busy = signal(false);
  const notice = signal<CardNotice | null>(null);
  // Replies for a card that was closed or replaced meanwhile are dropped.
  let generation = 0;
  // The watchlist key the background gave the pin (its carrier may differ from our guess).
  let pinnedKey: string | null = null;

  const carrierOf = (): string | undefined => {
    const d = data.value;
    if (d.phase === 'ready') return d.reply.shipment.carrier.code;
    return target.value?.carriers[0];
  };

  async function load(): Promise<void> {
    const t = target.value;
    if (!t) return;
    const gen = ++generation;
    data.value = { phase: 'loading' };
    notice.value = null;
    const result = await deps.lookup(t.number, t.carriers[0]);
    if (gen !== generation) return;
    if (result.ok) {
      data.value = { phase: 'ready', reply: result.data };
      pinned.value = result.data.pinned;
    } else {
      data.value = { phase: 'error', error: result.error };
    }
  }

  return {
    target,
    data,
    pinned,
    busy,
    notice,
    open(next: CardTarget): Promise<void> {
      target.value = next;
      pinned.value = false;
      pinnedKey = null;
      return load();
    },
    close(): void {
      generation++;
      target.value = null;
      notice.value = null;
      busy.value = false;
    },
    retry: load,
    async togglePin(): Promise<void> {
      const t = target.value;
      if (!t || busy.value) return;
      busy.value = true;
      const gen = generation;
      const carrier = carrierOf();
      try {
        if (pinned.value) {
          const result = await deps.unpin([pinnedKey ?? pinKey(carrier ?? '', t.number)]);
          if (gen !== generation) return;
          if (result.ok) {
            pinned.value = false;
            notice.value = { kind: 'unpinned' };
          } else notice.value = { kind: 'failed', message: result.error.message };
        } else {
          const result = await deps.pin(t.number, carrier);
          if (gen !== generation) return;
          if (result.ok) {
            pinnedKey = result.data.key;
            pinned.value = true;
            const others = result.data.duplicates ?? [];
            notice.value = others.length ? { kind: 'duplicate', carriers: others.map((d) => d.carrier) } : { kind: 'pinned' };
          } else if (result.error.fields?.length) notice.value = { kind: 'needs-fields', fields: result.error.fields };
          else notice.value = { kind: 'failed', message: result.error.message };
        }
      } finally {
        if (gen === generation) busy.value = false;
      }
    },
    async copy(): Promise<void> {
      const t = target.value;
      if (!t) return;
      const ok = await deps.copy(t.number);
      notice.value = { kind: ok ? 'copied' : 'copy-failed' };
    },
    async openDetails(): Promise<void> {
      const t = target.value;
      if (!t) return;
      const result = await deps.openDetails(t.number, carrierOf());
      if (!result.ok) notice.value = { kind: 'failed', message: result.error.message };
    },
  };
}

export type CardStore = ReturnType<typeof createCardStore>;
