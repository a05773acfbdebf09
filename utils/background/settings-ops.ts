// Settings reads and writes for the options page and popup; content scripts only ever get
// `contentSettingsFor` (no key, no endpoint).
import { forgetLimiters } from '../api/rate-limiter';
import { browser } from 'wxt/browser';
import { contentSettingsFor, type ContentSettings, type Settings } from '../settings/model';
import { parseSettingsPatch } from '../settings/schema';
import { readSettings, writeSettings } from '../settings/store';
import { lookupCacheItem } from './cache';
import { updatePoll } from './transaction';
import { contentMsg } from '../messages/content-api';
import { sendToTab } from '../messages/send';
import { BackgroundError } from './background-error';
import { ensurePollAlarm } from './alarms';
import { applyLocale } from './locale';
import { withLock } from './lock';
import { t } from '../i18n';

export type SettingsListener = (next: Settings, previous: Settings) => Promise<void> | void;

export async function saveSettings(patch: Record<string, unknown>, onChange?: SettingsListener): Promise<Settings> {
  const parsed = parseSettingsPatch(patch);
  if (!parsed.ok) throw new BackgroundError('invalid-input', t('bg_errBadSettings', parsed.message));
  const { previous, next } = await withLock('settings', async () => {
    const previous = await readSettings();
    const next: Settings = { ...previous, ...parsed.value };
    await writeSettings(next);
    return { previous, next };
  });
  await afterSettingsChange(next, previous);
  await onChange?.(next, previous);
  return next;
}

export async function afterSettingsChange(next: Settings, previous: Settings): Promise<void> {
  applyLocale(next);
  if (next.pollMinutes !== previous.pollMinutes) await ensurePollAlarm(next);
  // Cached answers belong to the account that gave them.
  if (next.provider !== previous.provider || next.apiKey !== previous.apiKey || next.endpoint !== previous.endpoint) {
    await lookupCacheItem.setValue({});
    // A pause (429, quota) and a back-off were the old account's or server's: the new one starts afresh,
    // in the client's in-memory pause too.
    forgetLimiters();
    await updatePoll((poll) => {
      poll.pausedUntil = null;
      poll.failures = 0;
      poll.lastPollError = null;
      poll.quota = null; // the quota (and its peak) was the old account's
    });
  }
}

export async function contentSettings(host: string): Promise<ContentSettings> {
  return contentSettingsFor(await readSettings(), host);
}

/** Turns detection off or on for one site and tells that site's open tabs, so marks appear or go at once. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<ContentSettings> {
  const settings = await withLock('settings', async () => {
    const current = await readSettings();
    // On is remembered too: it is the user's choice for a sensitive site or a page with a password field.
    const others = current.disabledSites.filter((h) => h !== host);
    const chosen = current.enabledSites.filter((h) => h !== host);
    const next: Settings = {
      ...current,
      disabledSites: enabled ? others : [...others, host],
      enabledSites: enabled ? [...chosen, host].slice(-5000) : chosen,
    };
    await writeSettings(next);
    return next;
  });
  const result = contentSettingsFor(settings, host);
  await notifyTabsOf(host, result.enabled);
  return result;
}

async function notifyTabsOf(host: string, enabled: boolean): Promise<void> {
  let tabs: { id?: number; url?: string }[] = [];
  try {
    tabs = await browser.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(
    tabs
      // Tab URLs are visible only where the extension has access; others are skipped (the popup tells its own tab).
      .filter((tab) => tab.id != null && hostOf(tab.url) === host)
      .map((tab) => sendToTab(tab.id!, contentMsg.settingsChanged, { enabled })),
  );
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
