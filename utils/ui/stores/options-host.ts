// The options page's host-permission notice: the saved provider's API host when the browser withholds it,
// or the host a key check just failed for. `allow` opens the browser's prompt first thing (a click only).
import { computed, signal, type Signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import type { Settings } from '@/utils/settings/model';
import type { OptionsServices } from '@/utils/ui/services';
import { hostAccessFor } from '@/utils/background/host-access';

export function createOptionsHostStore(services: OptionsServices, deps: { keyCheckError: () => ErrorInfo | null; recheckKey: () => void }) {
  const withheld = signal<string | null>(null);
  const refused = signal(false);
  const missing = computed(() => {
    const failed = deps.keyCheckError();
    return failed?.kind === 'host-permission' ? (failed.origin ?? withheld.value) : withheld.value;
  });
  return {
    missing,
    refused: refused as Signal<boolean>,
    /** Looks again whether the settings' API host is held (on load and after each save). */
    async refresh(settings: Pick<Settings, 'provider' | 'endpoint' | 'apiKey'>) {
      const access = hostAccessFor(settings);
      withheld.value = access.required && settings.apiKey.trim() && !(await services.hostAccess.holds(access.origin)) ? access.origin : null;
    },
    allow(origin: string) {
      const asked = services.hostAccess.request(origin);
      void asked.then((granted) => {
        refused.value = !granted;
        if (!granted) return;
        withheld.value = null;
        if (deps.keyCheckError()?.kind === 'host-permission') deps.recheckKey();
      });
    },
  };
}
