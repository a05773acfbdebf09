// Every message the background answers, wired to the functions that do the work. The router validates
// sender and payload first (utils/messages/router.ts); errors come back as ErrorInfo in the user's language.
import { browser } from 'wxt/browser';
import { msg } from '../messages/background-api';
import { createRouter, route } from '../messages/router';
import { readSettings } from '../settings/store';
import { sortedWatchlist } from '../watchlist/model';
import { readWatchlist } from '../watchlist/store';
import { account, checkKey, remoteCheck, transitTimes } from './account';
import { cancelBulk, startBulk } from './bulk/bulk';
import { toUserError } from './errors';
import { lookup } from './lookup';
import { archive, changeCarrier, edit, isPinned, markRead, pin, setStatus, unpin } from './pins';
import { pollNow } from './poll/poller';
import { contentSettings, saveSettings, setSiteEnabled, type SettingsListener } from './settings-ops';
import { status } from './status';
import { detailsUrl, extensionUrl, openTab } from './details-url';
import { identifyLocally } from './identify';

export function backgroundRoutes(onSettingsChange?: SettingsListener) {
  return [
    route(msg.status, () => status()),
    route(msg.lookup, (p) => lookup({ number: p.number, ...(p.carrier ? { carrier: p.carrier } : {}), ...(p.refresh ? { refresh: true } : {}) })),
    route(msg.pin, (p) => pin({ number: p.number, ...(p.carrier ? { carrier: p.carrier } : {}), ...(p.title ? { title: p.title } : {}) })),
    route(msg.unpin, (p) => unpin(p.keys)),
    route(msg.isPinned, async (p) => ({ pinned: await isPinned({ number: p.number, ...(p.carrier ? { carrier: p.carrier } : {}) }) })),
    route(msg.contentSettings, (p) => contentSettings(p.host)),
    route(msg.openDetails, async (p) => {
      const id = identifyLocally(p.number);
      const carrier = p.carrier || (id.kind === 'awb' ? id.number.slice(0, 3) : id.candidates.length === 1 ? id.candidates[0] : undefined);
      await openTab(detailsUrl(carrier, id.number));
      return null;
    }),
    route(msg.watchlist, async () => sortedWatchlist(await readWatchlist())),
    route(msg.bulkPin, (p) => startBulk(p.entries)),
    route(msg.bulkCancel, () => cancelBulk()),
    route(msg.setStatus, (p) => setStatus(p.keys, p.action)),
    route(msg.edit, (p) => edit({ key: p.key, ...(p.title !== undefined ? { title: p.title } : {}), ...(p.notes !== undefined ? { notes: p.notes } : {}) })),
    route(msg.changeCarrier, (p) => changeCarrier(p)),
    route(msg.archive, (p) => archive(p.keys)),
    route(msg.markRead, (p) => markRead(p.keys)),
    route(msg.pollNow, () => pollNow()),
    route(msg.setSiteEnabled, (p) => setSiteEnabled(p.host, p.enabled)),
    route(msg.getSettings, () => readSettings()),
    route(msg.saveSettings, (p) => saveSettings(p.settings, onSettingsChange)),
    route(msg.checkKey, (p) => checkKey({ provider: p.provider, apiKey: p.apiKey, ...(p.endpoint ? { endpoint: p.endpoint } : {}) })),
    route(msg.account, () => account()),
    route(msg.remoteCheck, (p) => remoteCheck({ country: p.country, postcode: p.postcode, ...(p.company ? { company: p.company } : {}) })),
    route(msg.transitTimes, (p) => transitTimes(p)),
  ];
}

const TYPES: ReadonlySet<string> = new Set(Object.values(msg).map((d) => d.type));

/** Only messages of this protocol are answered; others are left to other listeners (e.g. a page's own). */
export function isBackgroundMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}

/** `self.origin` keeps the trailing slash: classifySender matches sender URLs with startsWith. */
export function createBackgroundRouter(onSettingsChange?: SettingsListener) {
  return createRouter(
    backgroundRoutes(onSettingsChange),
    { id: browser.runtime.id, origin: extensionUrl('/') },
    toUserError,
  );
}
