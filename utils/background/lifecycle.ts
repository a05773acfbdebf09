// Wires browser events to the background's functions. Listeners are registered synchronously on every
// worker start (MV3 delivers the waking event only to listeners added in the first turn); everything
// else the worker needs is re-derived from storage, since it may have been killed at any point.
import { browser } from 'wxt/browser';
import { readSettings } from '../settings/store';
import { readWatchlist } from '../watchlist/store';
import { readPollState } from './poll/poll-state';
import { BULK_ALARM, ensurePollAlarm, POLL_ALARM, RETRY_ALARM } from './alarms';
import { showUnread } from './badge';
import { resumeBulk, runBulk } from './bulk/bulk';
import { MENU_ID, onSelectionTracked, registerContextMenu } from './context-menu';
import { openTab } from './details-url';
import { repairListIndex, watchForForeignWatchlistWrites } from './list-index';
import { applyLocale } from './locale';
import { clickTarget } from './poll/notifications';
import { defaultSuggestion, suggestionsFor, urlForInput } from './omnibox';
import { pollRun } from './poll/poller';
import { createBackgroundRouter, isBackgroundMessage } from './routes';
import { syncSiteAccess, watchSiteAccess } from './site-access';
import { ARCHIVE_ALARM, ensureArchiveAlarm, runAutoArchive } from './archive';
import { SYNC_ALARM, syncRun, watchForSyncChanges } from './sync';

export function registerBackground(): void {
  const router = createBackgroundRouter(async (next, previous) => {
    // Menu and omnibox texts follow the UI language.
    if (next.uiLanguage !== previous.uiLanguage) await refreshTexts();
    if (next.siteAccess !== previous.siteAccess) await syncSiteAccess(next);
    if (next.autoArchiveDays !== previous.autoArchiveDays) await runAutoArchive();
  });
  browser.runtime.onMessage.addListener((message, sender) => (isBackgroundMessage(message) ? router(message, sender) : undefined));

  browser.alarms.onAlarm.addListener((alarm) => {
    // The alarm's tick fetches only what the schedule says is due; Check now (msg.pollNow) fetches all.
    if (alarm.name === POLL_ALARM || alarm.name === RETRY_ALARM) void pollRun(Date.now, 'due').catch(logError);
    else if (alarm.name === BULK_ALARM) void runBulk().catch(logError);
    else if (alarm.name === ARCHIVE_ALARM) void runAutoArchive().catch(logError);
    else if (alarm.name === SYNC_ALARM) void syncRun().catch(logError);
  });

  browser.notifications.onClicked.addListener((id) => {
    const url = clickTarget(id);
    if (!url) return;
    void openTab(url).catch(logError);
    void browser.notifications.clear(id);
  });

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void onSelectionTracked(info.selectionText, tab?.id, info.frameId).catch(logError);
  });

  browser.omnibox?.onInputChanged.addListener((text, suggest) => suggest(suggestionsFor(text)));
  browser.omnibox?.onInputEntered.addListener((text, disposition) => {
    const url = urlForInput(text);
    if (url) void openTab(url, disposition === 'currentTab' ? 'current' : 'new').catch(logError);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the options page explains the API key.
    if (reason === 'install') void browser.runtime.openOptionsPage().catch(logError);
  });

  watchForForeignWatchlistWrites(logError);
  watchSiteAccess(logError);
  watchForSyncChanges(logError);
  void onWorkerStart().catch(logError);
}

async function refreshTexts(): Promise<void> {
  applyLocale(await readSettings());
  await registerContextMenu();
  browser.omnibox?.setDefaultSuggestion?.({ description: defaultSuggestion() });
}

/** Restores everything that does not survive the worker: alarms, menus, badge, interrupted work. */
export async function onWorkerStart(): Promise<void> {
  await restrictStorageToExtensionPages();
  // First: pages that load while the rest starts up should already get (or be denied) the content script.
  await syncSiteAccess().catch(logError);
  await repairListIndex().catch(logError);
  const settings = await readSettings();
  applyLocale(settings);
  await ensurePollAlarm(settings);
  await refreshTexts().catch(logError);
  await showUnread(await readWatchlist()).catch(logError);
  await resumeBulk();
  const poll = await readPollState();
  if (poll.run && !(poll.pausedUntil && poll.pausedUntil > Date.now())) await pollRun();
  // After an interrupted poll has resumed: pins from other devices, then the archive sweep (its daily
  // alarm may not fire for a day, and a worker may not live that long).
  await syncRun().catch(logError);
  await runAutoArchive().catch(logError);
  await ensureArchiveAlarm().catch(logError);
}

/**
 * The API key is in storage.local, which Chrome lets content scripts read by default. Content scripts get
 * what they need through msg.contentSettings, so storage is closed to them (Chrome only; Firefox has no
 * such switch).
 */
async function restrictStorageToExtensionPages(): Promise<void> {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } } } }).chrome?.storage?.local;
  try {
    await local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Older browsers: nothing to do.
  }
}

function logError(error: unknown): void {
  console.error('Trackpin background:', error);
}
