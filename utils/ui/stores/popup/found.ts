// Numbers the content script found on the active tab, and the per-site switch: detection on or off in the
// default mode, the browser's permission for the site in allow-only mode.
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
  /** Allow-only mode: the switch grants or revokes the site (no content script runs where it is off). */
  allowOnly?: boolean;
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

export function createFoundStore(services: Pick<PopupServices, 'send' | 'sendToTab' | 'activeTab' | 'watchFrameNumbers' | 'sites'>) {
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
    const [r, access] = await Promise.all([services.sendToTab(tab.id, contentMsg.foundNumbers, {}), allowOnlyAccess(tab.host)]);
    if (r.ok) {
      top = r.data.numbers;
      const host = r.data.host || tab.host;
      found.value = { host, tabId: tab.id, enabled: r.data.enabled && access !== false, numbers: merged(top, frames), ...(access !== null && { allowOnly: true }) };
      foundError.value = null;
    } else {
      found.value = tab.host ? { host: tab.host, tabId: tab.id, enabled: access ?? true, numbers: [], ...(access !== null && { allowOnly: true }) } : null;
      foundError.value = r.error;
    }
  }

  /** In allow-only mode, whether the browser allows the site; null in the default mode. */
  async function allowOnlyAccess(host: string): Promise<boolean | null> {
    if (!host) return null;
    const settings = await services.send(msg.getSettings, {});
    if (!settings.ok || settings.data.siteAccess !== 'allowed-only') return null;
    return services.sites.allowed(host).catch(() => false);
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
    /**
     * Allow-only mode. Call it straight from the click, with nothing awaited before: permissions.request
     * needs the user's gesture. A grant takes effect on the next load of the page; a revocation also
     * clears the marks the running script made, at once.
     */
    setSiteAllowed(allowed: boolean): Promise<void> {
      const f = found.value;
      if (!f) return Promise.resolve();
      const change = allowed ? services.sites.request(f.host) : services.sites.remove(f.host);
      return change.then(
        async (done) => {
          const enabled = allowed === done;
          found.value = { ...f, enabled, numbers: enabled ? f.numbers : [] };
          if (!enabled) await services.sendToTab(f.tabId, contentMsg.settingsChanged, { enabled: false });
        },
        () => undefined,
      );
    },
  };
}

export type FoundStore = ReturnType<typeof createFoundStore>;
