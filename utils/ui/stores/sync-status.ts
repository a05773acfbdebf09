// The options page's line on pins in the browser's sync storage: "N of M pins are synced".
import { signal } from '@preact/signals';
import { msg } from '@/utils/messages/background-api';
import type { SyncStatus } from '@/utils/watchlist/sync';
import type { OptionsServices } from '@/utils/ui/services';

export function createSyncStatusStore(services: Pick<OptionsServices, 'send'>) {
  const status = signal<SyncStatus | null>(null);
  return {
    status,
    async load() {
      const r = await services.send(msg.syncStatus, {});
      if (r.ok) status.value = r.data;
    },
  };
}
