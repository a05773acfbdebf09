// What the popup and options stores need from the outside world (`PopupServices`, `OptionsServices`), and
// the browser glue that provides it, in one place, so components and stores run under Vitest with fakes.
import { browser } from 'wxt/browser';
import { send, sendToTab } from '@/utils/messages/send';
import { readListHead as readStoredListHead, readListIndex as readStoredListIndex, readWatchlistForView, WATCHLIST_KEYS } from '@/utils/watchlist/store';
import { sortedWatchlist } from '@/utils/watchlist/model';
import { bulkProgressItem } from '@/utils/background/bulk/bulk-state';
import type { AnyMessageDef, Payload, Reply, Result } from '@/utils/messages/protocol';
import type { ListHead, PinSummary } from '@/utils/watchlist/summary';
import type { PinnedShipment } from '@/utils/watchlist/model';
import type { BulkProgress } from '@/utils/messages/background-api';
import type { IdentifiedNumber } from '@/utils/tracking-numbers';
import { frameMsg, type FoundNumber } from '@/utils/messages/content-api';
import { createRouter, route } from '@/utils/messages/router';
import type { SenderLike } from '@/utils/messages/sender';
import { extensionUrl } from '@/utils/extension';
import type { SitePermissions } from './site-permissions';

export type SendFn = <D extends AnyMessageDef>(def: D, payload: Payload<D>) => Promise<Result<Reply<D>>>;
export type SendToTabFn = <D extends AnyMessageDef>(tabId: number, def: D, payload: Payload<D>) => Promise<Result<Reply<D>>>;

export interface PopupServices {
  send: SendFn;
  sendToTab: SendToTabFn;
  /** The number being typed, with its carrier in words ("UPS", or "air waybill – Cargolux"). */
  identify(input: string): (IdentifiedNumber & { label: string }) | null;
  /** Display name of a carrier code ("ups" → "UPS"). */
  carrierName(code: string): string;
  /** Carrier codes worth offering in "change carrier" for a number. */
  carrierChoices(number: string): string[];
  activeTab(): Promise<{ id: number; host: string } | null>;
  /** Numbers that subframes of `tabId` report (in answer to foundNumbers); returns an unsubscribe. */
  watchFrameNumbers(tabId: number, onNumbers: (frameId: number, numbers: FoundNumber[]) => void): () => void;
  openOptions(): void;
  openUrl(url: string): void;
  copyText(text: string): Promise<boolean>;
  /** The pinned shipments, newest first, read straight from storage (no round trip to the worker). */
  readWatchlist(): Promise<PinnedShipment[]>;
  /** What the list shows, from the background's small list index; null when missing or stale. */
  readListIndex(): Promise<PinSummary[] | null>;
  /** The list's first screen and counts (~100x smaller than the index); null when missing or stale. */
  readListHead(): Promise<ListHead | null>;
  /** Resolves once the next frame has been painted. */
  afterPaint(): Promise<void>;
  /** Calls back whenever the stored watchlist changes; returns an unsubscribe. */
  watchWatchlist(onChange: () => void): () => void;
  setHash(hash: string): void;
  now(): number;
  /** False when the browser knows it has no connection. */
  online(): boolean;
  hostAccess: HostAccessServices;
  sites: SitePermissions;
}

/** Asking for an API host permission. `request` must be called synchronously in the user's click. */
export interface HostAccessServices {
  holds(origin: string): Promise<boolean>;
  request(origin: string): Promise<boolean>;
}

export interface OptionsServices {
  send: SendFn;
  /** Offers text as a file download. */
  download(filename: string, mime: string, text: string): void;
  /** Calls back with each stored bulk-import progress; returns an unsubscribe. */
  watchBulkProgress(onChange: (p: BulkProgress | null) => void): () => void;
  readBulkProgress(): Promise<BulkProgress | null>;
  now(): number;
  hostAccess: HostAccessServices;
  sites: SitePermissions;
}

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

export function watchFrameNumbers(tabId: number, onNumbers: (frameId: number, numbers: FoundNumber[]) => void): () => void {
  const router = createRouter(
    [
      route(frameMsg.frameNumbers, ({ numbers }, { sender }) => {
        const tab = (sender.tab as { id?: number } | undefined)?.id;
        if (tab === tabId && typeof sender.frameId === 'number') onNumbers(sender.frameId, numbers);
        return null;
      }),
    ],
    { id: browser.runtime.id, origin: new URL(extensionUrl('/')).origin },
  );
  const listener = (message: unknown, sender: SenderLike) => {
    if ((message as { type?: unknown } | null)?.type !== frameMsg.frameNumbers.type) return undefined;
    void router(message, sender);
    return undefined; // the content script does not wait for an answer
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

export function openUrl(url: string): void {
  void browser.tabs.create({ url });
}

export { copyText } from '../extension';
export { sites } from './site-permissions';

/** Extension pages may read storage themselves: this skips waking the worker and copying 200 shipments. */
export async function readWatchlist(): Promise<PinnedShipment[]> {
  return sortedWatchlist(await readWatchlistForView());
}

/** What the list shows, from the small list index; null when it is missing or stale. */
export function readListIndex(): Promise<PinSummary[] | null> {
  return readStoredListIndex();
}

export function readListHead(): Promise<ListHead | null> {
  return readStoredListHead();
}

/** A message posted from requestAnimationFrame runs after that frame's paint. A page in a background tab
 *  paints no frames: then the timer. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(0);
    });
  });
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

export function online(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** permissions.request opens the browser's prompt only inside a user gesture: call it before any await. */
export const hostAccess: HostAccessServices = {
  holds: (origin) => browser.permissions.contains({ origins: [origin] }).catch(() => true),
  request: (origin) => browser.permissions.request({ origins: [origin] }).catch(() => false),
};
