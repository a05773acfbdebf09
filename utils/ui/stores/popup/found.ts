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
  /** Default mode without the all-sites grant (a new Chrome install): no page can be read until it is given. */
  needsAll?: boolean;
  /** Access was just granted from the popup: the page's script starts with its next load. */
  granted?: boolean;
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
    const [r, { access, needsAll }] = await Promise.all([services.sendToTab(tab.id, contentMsg.foundNumbers, {}), accessOf(tab.host)]);
    const mode = { ...(access !== null && { allowOnly: true }), ...(needsAll && { needsAll: true }) };
    if (r.ok) {
      top = r.data.numbers;
      const host = r.data.host || tab.host;
      found.value = { host, tabId: tab.id, enabled: r.data.enabled && access !== false, numbers: merged(top, frames), ...mode };
      foundError.value = null;
    } else {
      found.value = tab.host ? { host: tab.host, tabId: tab.id, enabled: access ?? true, numbers: [], ...mode } : null;
      foundError.value = r.error;
    }
  }

  /**
   * `access`: in allow-only mode, whether the browser allows the site (null in the default mode).
   * `needsAll`: in the default mode, whether the browser withholds all sites (a new Chrome install).
   */
  async function accessOf(host: string): Promise<{ access: boolean | null; needsAll: boolean }> {
    if (!host) return { access: null, needsAll: false };
    const settings = await services.send(msg.getSettings, {});
    if (!settings.ok) return { access: null, needsAll: false };
    if (settings.data.siteAccess === 'allowed-only') return { access: await services.sites.allowed(host).catch(() => false), needsAll: false };
    return { access: null, needsAll: !(await services.sites.hasAll().catch(() => true)) };
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
    /** Default mode without access: asks for all sites. Call it straight from the click, like setSiteAllowed. */
    allowAllSites(): Promise<void> {
      const f = found.value;
      if (!f) return Promise.resolve();
      return services.sites.requestAll().then(
        (granted) => {
          if (granted) found.value = { ...f, needsAll: false, granted: true };
        },
        () => undefined,
      );
    },
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
