// A fake background for popup/options view tests: answers messages by type from a table of handlers.
import type { AnyMessageDef, ErrorInfo, Result } from '@/utils/messages/protocol';
import type { PopupServices } from '@/utils/ui/services';
import { carrierName } from '@/utils/tracking-numbers';
import { fakeSites } from './fake-sites';

export type Handlers = Record<string, (payload: any) => unknown>;

export class Fail {
  constructor(readonly error: ErrorInfo) {}
}

export function fakeSend(handlers: Handlers, log: { type: string; payload: unknown }[] = []) {
  return async (def: AnyMessageDef, payload: unknown): Promise<Result<any>> => {
    log.push({ type: def.type, payload });
    const h = handlers[def.type];
    if (!h) return { ok: false, error: { kind: 'internal', message: `no handler for ${def.type}` } };
    const out = await h(payload);
    return out instanceof Fail ? { ok: false, error: out.error } : { ok: true, data: out };
  };
}

export function fakePopupServices(handlers: Handlers, tabHandlers: Handlers = {}, extra: Partial<PopupServices> = {}) {
  const log: { type: string; payload: unknown }[] = [];
  const tabLog: { type: string; payload: unknown }[] = [];
  const listeners = new Set<() => void>();
  const opened: string[] = [];
  const services: PopupServices = {
    send: fakeSend(handlers, log) as PopupServices['send'],
    sendToTab: ((_tab: number, def: AnyMessageDef, payload: unknown) => fakeSend(tabHandlers, tabLog)(def, payload)) as PopupServices['sendToTab'],
    identify: () => null,
    carrierName,
    carrierChoices: () => ['ups', 'dhl'],
    activeTab: async () => ({ id: 7, host: 'shop.example' }),
    watchFrameNumbers: () => () => undefined,
    openOptions: () => opened.push('options'),
    openUrl: (url) => opened.push(url),
    copyText: async () => true,
    readWatchlist: async () => {
      const r = await fakeSend(handlers, log)({ type: 'watchlist' } as AnyMessageDef, {});
      if (!r.ok) throw new Error(r.error.message);
      return r.data;
    },
    // No index by default: the store falls back to the full watchlist (tests pass one in `extra`).
    readListIndex: async () => null,
    readListHead: async () => null,
    afterPaint: async () => undefined,
    watchWatchlist: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    setHash: () => {},
    now: () => Date.parse('2026-11-21T12:00:00'),
    online: () => true,
    hostAccess: { holds: async () => true, request: async () => true },
    sites: fakeSites().sites,
    ...extra,
  };
  return { services, log, tabLog, opened, fireWatchlistChange: () => listeners.forEach((l) => l()) };
}

export const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
