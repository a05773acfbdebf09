// Alarms are the only timers that survive the worker: the repeating poll, a one-shot retry after a
// failure or pause, and a one-shot resume for an interrupted bulk import.
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/model';

export const POLL_ALARM = 'trackpin-poll';
export const RETRY_ALARM = 'trackpin-poll-retry';
export const BULK_ALARM = 'trackpin-bulk';
/** Chrome does not fire alarms sooner than 30 s after creation. */
const MIN_DELAY_MS = 30_000;

/**
 * Creates the repeating poll alarm when it is missing or its period differs from the setting. An alarm
 * that is already right is left alone: re-creating it on every worker start would push the next poll
 * back each time the worker wakes, and a busy user might never see one.
 */
export async function ensurePollAlarm(settings: Pick<Settings, 'pollMinutes'>): Promise<void> {
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing && existing.periodInMinutes === settings.pollMinutes) return;
  await browser.alarms.create(POLL_ALARM, { delayInMinutes: settings.pollMinutes, periodInMinutes: settings.pollMinutes });
}

export async function scheduleOnce(name: string, at: number, now = Date.now()): Promise<void> {
  await browser.alarms.create(name, { when: Math.max(at, now + MIN_DELAY_MS) });
}
