// The archive: by hand (the list's bulk action), automatically N days after delivery (a sweep on every
// worker start, once a day by its own alarm, and when the setting changes), and back by restore. Archived
// pins stay in the watchlist and are not polled. Nothing here is kept in memory: the worker may die anytime.
import { browser } from 'wxt/browser';
import { readSettings } from '../settings/store';
import { readWatchlist } from '../watchlist/store';
import { refOf } from '../watchlist/model';
import { archivedPin, autoArchive, restoredPin } from '../watchlist/lifecycle';
import { clientFor } from './client';
import { EXTENSION } from './privacy-log';
import { updateWatchlist } from './transaction';
import { inAccount, requirePins } from './pins';

export const ARCHIVE_ALARM = 'trackpin-auto-archive';
const DAILY_MINUTES = 24 * 60;

/** Stops provider updates (notupdate) and moves the shipments to the archive; polling skips them. */
export async function archive(keys: string[], now = Date.now()): Promise<{ archived: number }> {
  const settings = await readSettings();
  const pins = requirePins(await readWatchlist(), keys);
  const remote = pins.filter(inAccount);
  if (remote.length) {
    const client = clientFor(settings, EXTENSION);
    // TrackRU and v4 have no notupdate: archiving is then local only.
    if (client.supports('stopUpdating')) await client.stopUpdating(remote.map((p) => refOf(p, client.provider)));
  }
  return updateWatchlist((watchlist) => {
    let archived = 0;
    for (const p of pins) {
      const entry = watchlist[p.key];
      if (!entry) continue;
      watchlist[p.key] = archivedPin(entry, now);
      archived++;
    }
    return { archived };
  });
}

/** Back into the pinned list (local only: a restored delivered parcel needs no provider updates). */
export async function restore(keys: string[], now = Date.now()): Promise<{ restored: number }> {
  requirePins(await readWatchlist(), keys);
  return updateWatchlist((watchlist) => {
    let restored = 0;
    for (const key of keys) {
      const entry = watchlist[key];
      if (!entry?.archived) continue;
      watchlist[key] = restoredPin(entry, now);
      restored++;
    }
    return { restored };
  });
}

/**
 * The automatic sweep. Local only and silent: it runs without a user action, and a delivered tracking gets
 * no more updates anyway. Writes nothing when nothing changed.
 */
export async function runAutoArchive(now = Date.now()): Promise<{ archived: string[] }> {
  const { autoArchiveDays } = await readSettings();
  return updateWatchlist((watchlist) => ({ archived: autoArchive(watchlist, now, autoArchiveDays) }));
}

/** The daily sweep's alarm, created when missing (re-creating it on each start would keep pushing it back). */
export async function ensureArchiveAlarm(): Promise<void> {
  if (await browser.alarms.get(ARCHIVE_ALARM)) return;
  await browser.alarms.create(ARCHIVE_ALARM, { delayInMinutes: DAILY_MINUTES, periodInMinutes: DAILY_MINUTES });
}
