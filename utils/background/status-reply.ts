// msg.status: what the popup header and options page show about the background.
import { browser } from 'wxt/browser';
import type { StatusReply } from '../messages/background-api';
import { readSettings } from '../settings/store';
import { readListIndex, readWatchlist } from '../watchlist/store';
import { readPollState } from './poll/poll-state';
import { unreadCount } from './badge';
import { readStorageProblems } from '../storage/problems';

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
  return {
    version: manifestVersion(),
    configured: settings.apiKey.trim() !== '',
    provider: settings.provider,
    pinned: counts.pinned,
    unread: counts.unread,
    pausedUntil: poll.pausedUntil && poll.pausedUntil > Date.now() ? poll.pausedUntil : null,
    lastPollAt: poll.lastPollAt,
    lastPollError: poll.lastPollError,
    progress: run ? { done: run.chunks.slice(0, run.nextChunk).flat().length, total: run.chunks.flat().length } : null,
    problems: problems.length,
  };
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}
