// Every message the background answers, wired to the functions that do the work. The router validates and
// normalises sender and payload first (utils/messages/router.ts, background-api.ts); errors come back as
// ErrorInfo in the user's language. Handlers that take a clock (`now`) are wrapped so the router's context
// is not passed as one.
import { browser } from 'wxt/browser';
import { msg } from '../messages/background-api';
import { createRouter, route } from '../messages/router';
import { readSettings } from '../settings/store';
import { sortedWatchlist } from '../watchlist/model';
import { readWatchlist } from '../watchlist/store';
import { account, checkKey, remoteCheck, transitTimes } from './account';
import { cancelBulk, startBulk } from './bulk/bulk';
import { recreatePins } from './bulk/recreate';
import { toUserError } from './to-user-error';
import { changeCarrier, edit, isPinned, markRead, setStatus } from './pins';
import { archive, restore } from './archive';
import { merge } from './merge';
import { retrack } from './retrack';
import { readSyncStatus } from './sync';
import { pollNow } from './poll/poller';
import { contentSettings, saveSettings, setSiteEnabled, type SettingsListener } from './settings-ops';
import { status } from './status-reply';
import { extensionUrl } from '../extension';
import { openDetails } from './open-details';
import { clearPrivacyLog, readPrivacyLog } from './privacy-log';
import { lookupFrom, pinFrom, unpinFrom } from './sender-rules';
import { dismissProblems, readSetAside } from '../storage/problems';
import { carrierList } from './carrier-list';
import { bundledStrings } from '../i18n-bundled';
import { injectPageScript } from './page-scripts';

export function backgroundRoutes(onSettingsChange?: SettingsListener) {
  return [
    route(msg.status, () => status()),
    route(msg.lookup, (p, from) => lookupFrom(p, from)),
    route(msg.pin, (p, from) => pinFrom(p, from)),
    route(msg.unpin, (p, from) => unpinFrom(p.keys, from)),
    route(msg.isPinned, async (p) => ({ pinned: await isPinned(p) })),
    route(msg.contentSettings, (p) => contentSettings(p.host)),
    route(msg.contentStrings, (p) => bundledStrings(p.locale)),
    route(msg.loadScript, (p, from) => injectPageScript(from.sender, p.script)),
    route(msg.openDetails, openDetails),
    route(msg.watchlist, async () => sortedWatchlist(await readWatchlist())),
    route(msg.bulkPin, (p) => startBulk(p.entries)),
    route(msg.bulkCancel, () => cancelBulk()),
    route(msg.recreatePins, () => recreatePins()),
    route(msg.setStatus, (p) => setStatus(p.keys, p.action)),
    route(msg.edit, edit),
    route(msg.changeCarrier, (p) => changeCarrier(p)),
    route(msg.archive, (p) => archive(p.keys)),
    route(msg.restore, (p) => restore(p.keys)),
    route(msg.merge, (p) => merge(p)),
    route(msg.retrack, (p) => retrack(p.key)),
    route(msg.syncStatus, () => readSyncStatus()),
    route(msg.markRead, (p) => markRead(p.keys)),
    route(msg.pollNow, () => pollNow()),
    route(msg.problems, () => readSetAside()),
    route(msg.carriers, () => carrierList()),
    route(msg.dismissProblems, async () => (await dismissProblems(), null)),
    route(msg.setSiteEnabled, (p) => setSiteEnabled(p.host, p.enabled)),
    route(msg.getSettings, () => readSettings()),
    route(msg.saveSettings, (p) => saveSettings(p.settings, onSettingsChange)),
    route(msg.checkKey, checkKey),
    route(msg.account, () => account()),
    route(msg.remoteCheck, remoteCheck),
    route(msg.transitTimes, transitTimes),
    route(msg.privacyLog, () => readPrivacyLog()),
    route(msg.clearPrivacyLog, () => clearPrivacyLog()),
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
