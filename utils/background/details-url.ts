// Where the details of a shipment are shown outside the popup: the popup page in a tab, routed by the
// hash the popup reads (`utils/ui/hash-route.ts` owns that format).
import { browser } from 'wxt/browser';
import { extensionUrl } from '../extension';
import { formatHash } from '../ui/hash-route';

export function detailsUrl(carrier: string | null | undefined, number: string): string {
  return extensionUrl('/popup.html') + formatHash({ view: 'details', carrier: carrier || null, number });
}

export function listUrl(): string {
  return extensionUrl('/popup.html') + formatHash({ view: 'list' });
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
