// The popup's host-permission banner: the host the background reports withheld (or the last action failed
// for), and asking for it. `allow` calls the browser's prompt first thing: only a click may open it.
import { computed, signal, type Signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import type { StatusReply } from '@/utils/messages/background-api';
import type { PopupServices } from '@/utils/ui/services';

export function createHostStore(
  services: PopupServices,
  deps: {
    status: Signal<StatusReply | null>;
    actionError: Signal<ErrorInfo | null>;
    /** The shipment in view failed to load (the details' error), if so. */
    viewError: () => ErrorInfo | null;
    loadStatus: () => Promise<void>;
    /** Runs again what failed for want of the permission. */
    retry: () => void;
  },
) {
  const refused = signal(false);
  const missing = computed(() => {
    const failed = [deps.actionError.value, deps.viewError()].find((e) => e?.kind === 'host-permission');
    return deps.status.value?.missingHost ?? failed?.origin ?? null;
  });
  return {
    missing,
    refused,
    allow(origin: string) {
      const asked = services.hostAccess.request(origin);
      void asked.then(async (granted) => {
        refused.value = !granted;
        if (!granted) return;
        if (deps.actionError.value?.kind === 'host-permission') deps.actionError.value = null;
        if (deps.viewError()?.kind === 'host-permission') deps.retry();
        await deps.loadStatus();
      });
    },
  };
}
