// msg.status: what the popup header and options page show about the background.
import { browser } from 'wxt/browser';
import type { StatusReply } from '../messages/background-api';
import { readPollState, readSettings, readWatchlist } from '../storage';
import { unreadCount } from './badge';

export async function status(): Promise<StatusReply> {
  const [settings, list, poll] = await Promise.all([readSettings(), readWatchlist(), readPollState()]);
  return {
    version: manifestVersion(),
    configured: settings.apiKey.trim() !== '',
    provider: settings.provider,
    pinned: Object.values(list).filter((p) => !p.archived).length,
    unread: unreadCount(list),
    pausedUntil: poll.pausedUntil && poll.pausedUntil > Date.now() ? poll.pausedUntil : null,
    lastPollAt: poll.lastPollAt,
    lastPollError: poll.lastPollError,
  };
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}
