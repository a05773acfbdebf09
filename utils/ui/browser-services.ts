// Browser glue for the popup and options views: everything the view models need from the extension
// APIs, in one place, so components and stores stay testable.
import { browser } from 'wxt/browser';
import { send, sendToTab } from '../messages/send';
import { readListIndex as readStoredListIndex, readWatchlistForView, WATCHLIST_KEYS } from '../watchlist/store';
import { sortedWatchlist, type PinnedShipment } from '../watchlist/model';
import type { PinSummary } from '../watchlist/summary';
import { bulkProgressItem } from '../background/bulk/bulk-state';
import type { BulkProgress } from '../messages/background-api';

export async function activeTab(): Promise<{ id: number; host: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return null;
  let host = '';
  try {
    const url = new URL(tab.url ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
  } catch {
    /* no URL (no tabs permission for it): host stays unknown */
  }
  return { id: tab.id, host };
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

export function openUrl(url: string): void {
  void browser.tabs.create({ url });
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Extension pages may read storage themselves: this skips waking the worker and copying 200 shipments. */
export async function readWatchlist(): Promise<PinnedShipment[]> {
  return sortedWatchlist(await readWatchlistForView());
}

/** What the list shows, from the small list index; null when it is missing or stale. */
export function readListIndex(): Promise<PinSummary[] | null> {
  return readStoredListIndex();
}

/** The watchlist and its index are owned by the background; any write to either re-renders (once). */
export function watchWatchlist(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (WATCHLIST_KEYS.watchlist in changes || WATCHLIST_KEYS.listIndex in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { send, sendToTab };

/** Offers text as a file through a Blob link (works in Chrome and Firefox extension pages). */
export function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function watchBulkProgress(onChange: (p: BulkProgress | null) => void): () => void {
  return bulkProgressItem.watch((p) => onChange(p));
}

export function readBulkProgress(): Promise<BulkProgress | null> {
  return bulkProgressItem.getValue();
}
