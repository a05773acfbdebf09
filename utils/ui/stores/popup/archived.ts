// The Archived view: archived pins (by hand, or automatically N days after delivery), and restoring or
// unpinning them. Its rows come from the list slice's summaries, so it costs no extra read.
import { computed } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg } from '@/utils/messages/background-api';
import { matchesQuery, sortByActivity } from '@/utils/watchlist/view';
import type { PopupServices } from '@/utils/ui/services';
import type { ListStore } from './list';

export interface ArchivedDeps {
  list: Pick<ListStore, 'pins' | 'listQuery' | 'reload'>;
  actionError: Signal<ErrorInfo | null>;
  notice: Signal<string | null>;
}

export function createArchivedStore(services: Pick<PopupServices, 'send'>, deps: ArchivedDeps) {
  const { list, actionError, notice } = deps;
  const all = computed(() => (list.pins.value ?? []).filter((p) => p.archived));
  const rows = computed(() => sortByActivity(all.value.filter((p) => matchesQuery(p, list.listQuery.value))));
  const count = computed(() => all.value.length);

  async function run(r: Promise<{ ok: boolean; error?: ErrorInfo }>, done: string) {
    const result = await r;
    if (!result.ok) return void (actionError.value = result.error ?? null);
    actionError.value = null;
    notice.value = done;
    await list.reload();
  }

  return {
    rows,
    count,
    /** `done`: the confirmation to announce (the view passes it in the user's language). */
    restore: (key: string, done: string) => run(services.send(msg.restore, { keys: [key] }), done),
    unpin: (key: string, done: string) => run(services.send(msg.unpin, { keys: [key] }), done),
  };
}

export type ArchivedStore = ReturnType<typeof createArchivedStore>;
