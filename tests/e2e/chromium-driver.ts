// The background driver for Chromium (background-journeys.ts): an extension page sends the messages and
// reads storage, alarms, the badge and notifications with the chrome.* APIs.
import type { Page } from 'playwright-core';
import type { BackgroundDriver, Reply, SandboxHandle } from './background-journeys';
import type { WatchRulesDriver } from './watch-rules-journeys';

// Evaluated callbacks are serialised into the browser, so they name the extension API themselves.
declare const chrome: any;

export function chromiumDriver(page: Page, sandbox: SandboxHandle, lifecycle: Partial<Pick<BackgroundDriver, 'stopBackground' | 'wakeBackground'>> = {}): BackgroundDriver {
  return {
    sandbox,
    send: (type, payload = {}) =>
      page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const).catch((e: Error) => ({ ok: false, rejected: e.message })) as Promise<Reply>,
    stored: (keys) => page.evaluate((k) => chrome.storage.local.get(k), keys),
    alarm: (name) => page.evaluate((n) => chrome.alarms.get(n), name),
    badge: () => page.evaluate(() => chrome.action.getBadgeText({})),
    notifications: () => page.evaluate(() => chrome.notifications.getAll()),
    clearNotification: (id) => page.evaluate((i) => chrome.notifications.clear(i), id).then(() => undefined),
    stopBackground: lifecycle.stopBackground ?? (() => Promise.reject(new Error('no stop in this file'))),
    wakeBackground: lifecycle.wakeBackground ?? (async () => undefined),
  };
}

/** The watching-rules driver (watch-rules-journeys.ts) on one extension page; notifications as Chromium lists them. */
export function chromiumWatchRules(page: Page, sandbox: SandboxHandle, extUrl: (path: string) => string): WatchRulesDriver {
  return {
    sandbox,
    send: chromiumDriver(page, sandbox).send,
    inExtension: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    show: async (path) => void (await page.goto(extUrl(path))),
    click: (name) => page.getByRole('button', { name, exact: true }).click(),
    select: async (label, value) => void (await page.getByLabel(label).selectOption(value)),
    shown: async () => Object.keys(await page.evaluate(() => chrome.notifications.getAll())),
    dismiss: (id) => page.evaluate((i) => chrome.notifications.clear(i), id).then(() => undefined),
  };
}
