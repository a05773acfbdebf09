// Which number each tab's card was opened for. A content script runs inside an untrusted page, so it may
// unpin only that number (never anything else in the watchlist). Kept in storage.session, not in a global:
// the MV3 worker dies between the lookup and the Unpin click; session storage is gone with the browser
// session, and content scripts cannot read or write it (Chrome's default access level; Firefox does not
// expose storage.session to content scripts).
import { browser } from 'wxt/browser';
import type { SenderLike } from '../messages/sender';
import { identifyOrParcel } from '../tracking-numbers';
import { readWatchlist } from '../watchlist/store';
import { notPinned } from './background-error';

const KEY = 'cardTabs';
/** Tabs remembered at most; the oldest go first (a session rarely has more tabs open). */
const MAX_TABS = 500;

type CardTabs = Record<string, string>;

export function tabIdOf(sender: SenderLike): number | null {
  const id = (sender.tab as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' && id >= 0 ? id : null;
}

async function read(): Promise<CardTabs> {
  const got = await browser.storage.session.get(KEY);
  const value = got[KEY];
  return value && typeof value === 'object' ? (value as CardTabs) : {};
}

/** The card in this tab was opened (looked up) for `number`. */
export async function rememberCard(tabId: number | null, number: string): Promise<void> {
  if (tabId === null) return;
  const tabs = await read();
  delete tabs[tabId];
  tabs[tabId] = identifyOrParcel(number).number;
  const ids = Object.keys(tabs);
  for (const old of ids.slice(0, Math.max(0, ids.length - MAX_TABS))) delete tabs[old];
  await browser.storage.session.set({ [KEY]: tabs });
}

/** Throws unless every key is a pin of the number this tab's card was opened for. */
export async function assertCardMayUnpin(tabId: number | null, keys: string[]): Promise<void> {
  const number = tabId === null ? undefined : (await read())[tabId];
  if (!number) throw notPinned();
  const watchlist = await readWatchlist();
  for (const key of keys) {
    const entry = watchlist[key];
    if (entry && entry.number !== number) throw notPinned();
  }
}
