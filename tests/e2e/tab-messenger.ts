// Evaluated in an extension page (Chromium's popup, Firefox's options tab): sends `message` to the content
// script of the tab showing `host`. Without the "tabs" permission tab URLs are hidden, so the tab is the one
// whose content script answers with that host.
type TabsApi = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ ok: boolean; data?: { host?: string } } | null>;
  };
};

export async function tabMessenger({ host, message }: { host: string; message: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = g.browser?.tabs ? g.browser : g.chrome;
  for (const tab of await api.tabs.query({})) {
    const probe = await api.tabs.sendMessage(tab.id!, { type: 'found-numbers', payload: {} }).catch(() => null);
    if (probe?.ok && probe.data?.host === host) return api.tabs.sendMessage(tab.id!, message);
  }
  throw new Error(`no tab with the content script on ${host}`);
}
