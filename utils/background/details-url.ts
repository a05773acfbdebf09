// Where the details of a shipment are shown outside the popup: the popup page in a tab, routed by hash
// (the popup implements `#/details/<carrier>/<number>`; carrier "auto" means "look it up without one").
import { browser } from 'wxt/browser';

export const AUTO_CARRIER = 'auto';

/** Untyped getURL: the generated PublicPath union lags behind entrypoints added by others. */
export function extensionUrl(path: string): string {
  return (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);
}

export function detailsUrl(carrier: string | null | undefined, number: string): string {
  const c = encodeURIComponent(carrier || AUTO_CARRIER);
  return extensionUrl('/popup.html') + `#/details/${c}/${encodeURIComponent(number)}`;
}

export function listUrl(): string {
  return extensionUrl('/popup.html') + '#/';
}

export async function openTab(url: string, where: 'new' | 'current' = 'new'): Promise<void> {
  if (where === 'current') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id != null) {
      await browser.tabs.update(tab.id, { url });
      return;
    }
  }
  await browser.tabs.create({ url });
}
