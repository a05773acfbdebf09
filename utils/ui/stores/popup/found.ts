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

/** The top frame's numbers, then each subframe's not already listed. */
function merged(top: FoundNumber[], frames: Map<number, FoundNumber[]>): FoundNumber[] {
  const out = [...top];
  const seen = new Set(top.map((n) => n.number));
  for (const list of frames.values()) {
    for (const n of list) {
      if (seen.has(n.number)) continue;
      seen.add(n.number);
      out.push(n);
    }
  }
  return out;
}

export function createFoundStore(services: Pick<PopupServices, 'send' | 'sendToTab' | 'activeTab' | 'watchFrameNumbers'>) {
  const found = signal<FoundState | null>(null);
  const foundError = signal<ErrorInfo | null>(null);
  // Subframes (iframes) answer separately from the top frame (see frameMsg); merged as they arrive.
  let frames = new Map<number, FoundNumber[]>();
  let top: FoundNumber[] = [];
  let watching: number | null = null;

  const onFrame = (frameId: number, numbers: FoundNumber[]) => {
    frames.set(frameId, numbers);
    const f = found.value;
    if (f?.enabled) found.value = { ...f, numbers: merged(top, frames) };
  };

  async function loadFound() {
    const tab = await services.activeTab();
    if (!tab) return;
    if (watching !== tab.id) {
      watching = tab.id;
      services.watchFrameNumbers(tab.id, onFrame);
    }
    frames = new Map();
    const r = await services.sendToTab(tab.id, contentMsg.foundNumbers, {});
    if (r.ok) {
      top = r.data.numbers;
      found.value = { host: r.data.host || tab.host, tabId: tab.id, enabled: r.data.enabled, numbers: merged(top, frames) };
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
