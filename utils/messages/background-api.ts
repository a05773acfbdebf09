// Messages the background answers. `from` says which contexts may send each one: anything touching the
// key, settings or the whole watchlist is for extension pages only; content scripts (which run inside
// untrusted pages) may only look up, pin or unpin a number the user clicked, and read content settings
// and the UI strings of one language.
import * as v from 'valibot';
import { defineMessage } from './protocol';
import type { Shipment } from '../shipments/types';
import type { ContentSettings, Provider, Settings } from '../settings/model';
import type { PrivacyLogEntry } from '../background/privacy-log';
import type { PinnedShipment } from '../watchlist/model';
import type { PinReply } from '../background/pins';
import type { SyncStatus } from '../watchlist/sync';
import { PROVIDERS } from '../settings/model';
import { LOCALES, type Strings } from '../i18n-catalogs';
import { CARRIER_FIELDS } from '../background/carrier-fields';

const PAGE = ['extension-page'] as const;
const ANY = ['extension-page', 'content-script'] as const;
const CONTENT = ['content-script'] as const;

// Tracking numbers are short; anything longer is not a number a user clicked.
const number = v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(64), v.regex(/^[0-9A-Za-z -]+$/));
const carrier = v.pipe(v.string(), v.maxLength(64), v.regex(/^[0-9a-z_-]*$/));
/** An empty carrier means "none": handlers get `undefined`, never ''. */
const optionalCarrier = v.optional(v.pipe(carrier, v.transform((c) => c || undefined)));
const host = v.pipe(v.string(), v.maxLength(253));
const keys = v.pipe(v.array(v.pipe(v.string(), v.maxLength(140))), v.maxLength(5000));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export interface StatusReply {
  version: string;
  configured: boolean;
  provider: Settings['provider'];
  pinned: number;
  unread: number;
  /** Polling paused until this time (429 or quota), if so. */
  pausedUntil: number | null;
  lastPollAt: number | null;
  lastPollError: import('./protocol').ErrorInfo | null;
  /** A poll run in progress: how many of its shipments were checked so far. */
  progress: { done: number; total: number } | null;
  /** Stored entries set aside as unreadable (the options page lists them). */
  problems: number;
  /** The API host permission Trackpin needs and the browser withholds (a match pattern), else null. */
  missingHost: string | null;
  /** The provider's remaining quota and how long it lasts at the schedule's rate (utils/background/poll/api-quota.ts). */
  quota?: import('../background/poll/api-quota').QuotaReport;
  /** Pinned parcels not found for so long that scheduled checks stopped. */
  givenUp?: number;
}

export interface LookupReply {
  shipment: Shipment;
  /** When the data was fetched (cache age = now - fetchedAt). */
  fetchedAt: number;
  fromCache: boolean;
  pinned: boolean;
  /** When the shipment was last checked: the data's time, or a later poll's that found nothing new (fetchedAt when absent). */
  checkedAt?: number;
}

/** Stored entries set aside as unreadable (utils/storage/problems.ts). */
export interface ProblemsReply {
  problems: { item: string; message: string; at: number }[];
  entries: { id: string; item: string; at: number | null; number: string | null; value: unknown }[];
}

export interface AccountReply {
  email: string | null;
  remaining: number | null;
  balance: number | null;
  registeredAt: number | null;
  /**
   * Set when the key was rejected by the chosen TrackingMore version and accepted by the other one: the
   * provider (and endpoint) it belongs to, for the options page to offer.
   */
  belongsTo?: { provider: Provider; endpoint: string };
}

export interface BulkProgress {
  jobId: string;
  total: number;
  done: number;
  added: number;
  failed: { number: string; message: string }[];
  /** Numbers that are (or would be) pinned under more than one carrier; each can be merged in the popup. */
  duplicates?: { number: string; carriers: string[] }[];
  state: 'running' | 'done' | 'cancelled' | 'failed';
  /** Why a running import waits (a transient failure; it goes on by itself) or why it failed. */
  error?: import('./protocol').ErrorInfo | null;
}

export const msg = {
  status: defineMessage<StatusReply>()('status', v.object({}), PAGE),
  lookup: defineMessage<LookupReply>()(
    'lookup',
    v.object({ number, carrier: optionalCarrier, refresh: v.optional(v.boolean()) }),
    ANY,
  ),
  pin: defineMessage<PinReply>()(
    'pin',
    v.object({
      number,
      carrier: optionalCarrier,
      title: v.optional(text(200)),
      /** After a 4122: the carrier-specific fields the user entered. */
      fields: v.optional(v.record(v.picklist(CARRIER_FIELDS), text(60))),
    }),
    ANY,
  ),
  unpin: defineMessage<{ removed: number }>()('unpin', v.object({ keys }), ANY),
  isPinned: defineMessage<{ pinned: boolean }>()('is-pinned', v.object({ number, carrier: optionalCarrier }), ANY),
  contentSettings: defineMessage<ContentSettings>()('content-settings', v.object({ host }), ANY),
  /** One language's UI strings: a content script carries none, so a page loads one language, not four. */
  contentStrings: defineMessage<Strings>()('content-strings', v.object({ locale: v.picklist(LOCALES) }), ANY),
  /** Code a page needs only sometimes (the engine, the card), injected into the sender's frame (utils/background/page-scripts.ts). */
  loadScript: defineMessage<null>()('load-script', v.object({ script: v.picklist(['card', 'engine']) }), CONTENT),
  openDetails: defineMessage<null>()('open-details', v.object({ number, carrier: optionalCarrier }), ANY),

  watchlist: defineMessage<PinnedShipment[]>()('watchlist', v.object({}), PAGE),
  bulkPin: defineMessage<BulkProgress>()(
    'bulk-pin',
    v.object({
      entries: v.pipe(
        v.array(v.object({ number, carrier: optionalCarrier, title: v.optional(text(200)), notes: v.optional(text(2000)), archived: v.optional(v.boolean()) })),
        v.maxLength(20000),
      ),
    }),
    PAGE,
  ),
  bulkCancel: defineMessage<null>()('bulk-cancel', v.object({}), PAGE),
  /** After a provider switch: every pinned parcel into the new account, as a bulk job. */
  recreatePins: defineMessage<BulkProgress>()('recreate-pins', v.object({}), PAGE),
  setStatus: defineMessage<{ updated: number }>()(
    'set-status',
    v.object({ keys, action: v.picklist(['delivered', 'exception', 'revert']) }),
    PAGE,
  ),
  edit: defineMessage<PinnedShipment>()(
    'edit',
    v.object({ key: text(140), title: v.optional(v.nullable(text(200))), notes: v.optional(v.nullable(text(2000))) }),
    PAGE,
  ),
  changeCarrier: defineMessage<PinnedShipment>()('change-carrier', v.object({ key: text(140), carrier }), PAGE),
  archive: defineMessage<{ archived: number }>()('archive', v.object({ keys }), PAGE),
  restore: defineMessage<{ restored: number }>()('restore', v.object({ keys }), PAGE),
  /** Duplicates of one number: `keep` stays (the carrier the user chose), `drop` are unpinned into it. */
  merge: defineMessage<PinnedShipment>()('merge', v.object({ keep: text(140), drop: v.pipe(keys, v.minLength(1), v.maxLength(20)), removeFromAccount: v.boolean() }), PAGE),
  retrack: defineMessage<PinnedShipment>()('retrack', v.object({ key: text(140) }), PAGE),
  syncStatus: defineMessage<SyncStatus>()('sync-status', v.object({}), PAGE),
  markRead: defineMessage<null>()('mark-read', v.object({ keys }), PAGE),
  pollNow: defineMessage<null>()('poll-now', v.object({}), PAGE),
  problems: defineMessage<ProblemsReply>()('problems', v.object({}), PAGE),
  carriers: defineMessage<{ code: string; name: string }[]>()('carriers', v.object({}), PAGE),
  dismissProblems: defineMessage<null>()('dismiss-problems', v.object({}), PAGE),
  setSiteEnabled: defineMessage<ContentSettings>()('set-site-enabled', v.object({ host, enabled: v.boolean() }), PAGE),

  getSettings: defineMessage<Settings>()('get-settings', v.object({}), PAGE),
  privacyLog: defineMessage<PrivacyLogEntry[]>()('privacy-log', v.object({}), PAGE),
  clearPrivacyLog: defineMessage<null>()('clear-privacy-log', v.object({}), PAGE),
  saveSettings: defineMessage<Settings>()('save-settings', v.object({ settings: v.record(v.string(), v.unknown()) }), PAGE),
  checkKey: defineMessage<AccountReply>()(
    'check-key',
    v.object({ provider: v.picklist(PROVIDERS), apiKey: text(200), endpoint: v.optional(text(500)) }),
    PAGE,
  ),
  account: defineMessage<{ account: AccountReply; counts: Record<string, number> | null }>()(
    'account',
    v.object({}),
    PAGE,
  ),
  remoteCheck: defineMessage<{ remote: { carrier: string; country: string; postcode: string }[] }>()(
    'remote-check',
    v.object({ country: text(60), postcode: text(20), company: v.optional(text(40)) }),
    PAGE,
  ),
  transitTimes: defineMessage<{ minDays: number | null; maxDays: number | null; samples: number | null } | null>()(
    'transit-times',
    v.object({ carrier, origin: text(2), destination: text(2) }),
    PAGE,
  ),
};
