// Numbers the content script found on the active tab, and the per-site detection switch.
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg } from '@/utils/messages/background-api';
import { contentMsg, type FoundNumber } from '@/utils/messages/content-api';
import type { PopupServices } from '@/utils/ui/services';

export interface FoundState {
  host: string;
  tabId: number;
  enabled: boolean;
  numbers: FoundNumber[];
}

export function createFoundStore(services: Pick<PopupServices, 'send' | 'sendToTab' | 'activeTab'>) {
  const found = signal<FoundState | null>(null);
  const foundError = signal<ErrorInfo | null>(null);

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

  return {
    found,
    foundError,
    loadFound,
    async setSiteEnabled(enabled: boolean) {
      const f = found.value;
      if (!f) return;
      const r = await services.send(msg.setSiteEnabled, { host: f.host, enabled });
      if (!r.ok) return void (foundError.value = r.error);
      found.value = { ...f, enabled: r.data.enabled, numbers: r.data.enabled ? f.numbers : [] };
      await services.sendToTab(f.tabId, contentMsg.settingsChanged, { enabled: r.data.enabled });
      if (r.data.enabled) void loadFound();
    },
  };
}

export type FoundStore = ReturnType<typeof createFoundStore>;
