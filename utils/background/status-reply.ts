// msg.status: what the popup header and options page show about the background.
import { browser } from 'wxt/browser';
import type { StatusReply } from '../messages/background-api';
import { readSettings } from '../settings/store';
import type { Settings } from '../settings/model';
import { readListIndex, readWatchlist } from '../watchlist/store';
import { readPollState } from './poll/poll-state';
import { unreadCount } from './badge';
import { readStorageProblems } from '../storage/problems';
import { t } from '../i18n';
import { holdsHost, hostAccessFor } from './host-access';
import { PROVIDERS } from '../api/providers';
import { quotaReport } from './poll/api-quota';

/** Counts from the small list index when it is current; the whole watchlist otherwise. */
async function pinCounts(): Promise<{ pinned: number; unread: number }> {
  const pins = await readListIndex();
  if (pins) return { pinned: pins.filter((p) => !p.archived).length, unread: pins.filter((p) => p.unread && !p.archived).length };
  const list = await readWatchlist();
  return { pinned: Object.values(list).filter((p) => !p.archived).length, unread: unreadCount(list) };
}

export async function status(): Promise<StatusReply> {
  const [settings, counts, poll, problems] = await Promise.all([readSettings(), pinCounts(), readPollState(), readStorageProblems()]);
  const run = poll.run;
  const missingHost = await missingHostFor(settings, poll.lastPollError);
  // A host-permission failure the user has since fixed (granted in the popup or options) is old news.
  const lastPollError = poll.lastPollError?.kind === 'host-permission' && !missingHost ? null : poll.lastPollError;
  return {
    version: manifestVersion(),
    configured: settings.apiKey.trim() !== '',
    provider: settings.provider,
    pinned: counts.pinned,
    unread: counts.unread,
    pausedUntil: poll.pausedUntil && poll.pausedUntil > Date.now() ? poll.pausedUntil : null,
    lastPollAt: poll.lastPollAt,
    lastPollError: lastPollError ?? (await storageFull()),
    progress: run ? { done: run.chunks.slice(0, run.nextChunk).flat().length, total: run.chunks.flat().length } : null,
    problems: problems.length,
    missingHost,
    quota: quotaReport(!PROVIDERS[settings.provider].unsupported.has('getUserInfo'), poll.quota, poll.outlook?.callsPerDay ?? 0),
    givenUp: poll.outlook?.givenUp ?? 0,
  };
}

/**
 * The host to ask the user for: the provider's API whenever it is withheld; a custom endpoint (which may
 * answer CORS without it) only once a call to it failed for that cause.
 */
async function missingHostFor(settings: Settings, lastPollError: StatusReply['lastPollError']): Promise<string | null> {
  if (!settings.apiKey.trim()) return null;
  const access = hostAccessFor(settings);
  if (!access.required && lastPollError?.kind !== 'host-permission') return null;
  return (await holdsHost(access.origin)) ? null : access.origin;
}

/** Room below which nothing fits any more (a poll status, a pin). */
const FULL_MARGIN = 16 * 1024;

/**
 * A storage too full to record even the poll's own status: measured, not remembered (there is no room to
 * remember it). Only where the browser states a byte quota: Chrome's QUOTA_BYTES (10 MiB). Firefox has no
 * QUOTA_BYTES (its storage.local counts against the IndexedDB quota, on compressed disk bytes) and before
 * 144 no storage.local.getBytesInUse; there the failed writes still say so.
 */
async function storageFull(): Promise<StatusReply['lastPollError']> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number>; QUOTA_BYTES?: number };
  if (typeof local.getBytesInUse !== 'function' || typeof local.QUOTA_BYTES !== 'number') return null;
  try {
    const used = await local.getBytesInUse(null);
    return used >= local.QUOTA_BYTES - FULL_MARGIN ? { kind: 'storage-full', message: t('bg_errStorageFull') } : null;
  } catch {
    return null;
  }
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}
