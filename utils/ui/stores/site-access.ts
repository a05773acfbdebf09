// Options → "Sites": the mode, and the allowed sites as the browser grants them. A change applies at once
// (the browser's permissions cannot wait for the page's Save button).
import { signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg } from '@/utils/messages/background-api';
import type { Settings, SiteAccess } from '@/utils/settings/model';
import type { OptionsServices } from '@/utils/ui/services';

export function createSiteAccessStore(services: Pick<OptionsServices, 'send' | 'sites'>, onSaved: (settings: Settings) => void) {
  const allowed = signal<string[]>([]);
  /** Whether the browser grants every site (the default mode needs it; a new Chrome install has to ask). */
  const hasAll = signal(true);
  const error = signal<ErrorInfo | null>(null);
  /** The mode just clicked, shown at once while it is asked for and saved (null: show the saved one). */
  const choosing = signal<SiteAccess | null>(null);

  async function load() {
    [allowed.value, hasAll.value] = await Promise.all([services.sites.list(), services.sites.hasAll()]);
  }

  async function saveMode(siteAccess: SiteAccess) {
    const r = await services.send(msg.saveSettings, { settings: { siteAccess } });
    choosing.value = null;
    if (!r.ok) return void (error.value = r.error);
    error.value = null;
    onSaved(r.data);
    await load();
  }

  function declined() {
    choosing.value = null;
    return load();
  }

  return {
    allowed,
    hasAll,
    error,
    choosing,
    load,
    watch: () => services.sites.watch(() => void load()),
    /**
     * Call straight from the click: the default mode asks the browser for every site first (a gesture is
     * needed), and stays unchosen if the user declines. Allow-only gives all sites back (the background does).
     */
    choose(mode: SiteAccess): Promise<void> {
      choosing.value = mode;
      if (mode === 'allowed-only') return saveMode(mode);
      return services.sites.requestAll().then((granted) => (granted ? saveMode(mode) : declined()), declined);
    },
    /** The default mode without access (a new Chrome install): ask for it. */
    allowAll(): Promise<void> {
      return services.sites.requestAll().then(() => load(), () => load());
    },
    async revoke(host: string) {
      await services.sites.remove(host);
      await load();
    },
  };
}

export type SiteAccessStore = ReturnType<typeof createSiteAccessStore>;
