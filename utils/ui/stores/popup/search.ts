// The search box: what was typed and the engine's verdict on it while typing; Enter opens the details.
import { computed, signal } from '@preact/signals';
import type { PopupRoute } from '@/utils/ui/hash-route';
import { looksLikeNumber } from '@/utils/ui/search-input';
import { defaultCarrier, normalizeNumber } from '@/utils/tracking-numbers';
import type { PopupServices } from '@/utils/ui/services';

export function createSearchStore(services: Pick<PopupServices, 'identify'>, go: (next: PopupRoute) => void) {
  const query = signal('');
  const identified = computed(() => (looksLikeNumber(query.value) ? services.identify(query.value) : null));
  return {
    query,
    identified,
    setQuery(text: string) {
      query.value = text;
    },
    /** Enter in the search box. */
    submit() {
      const raw = query.value;
      if (!looksLikeNumber(raw)) return;
      const id = identified.value;
      go({ view: 'details', number: id?.number ?? normalizeNumber(raw), carrier: (id && defaultCarrier(id, 'only-if-unambiguous')) ?? null });
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
