// v4 tracking endpoints (contract §5.3–5.8): create (real-time), get (filters, pages), batch (≤ 40, per-item
// lists), update/delete/retrack by id. Where the contract is unconfirmed the sandbox follows §10.
import { isCarrierCode } from '../carriers';
import type { Envelope } from '../envelope';
import type { Ctx, Handler } from '../route-types';
import type { AccountTracking } from '../state';
import { newTracking, trackingKey } from '../state';
import { requiredFields } from './couriers';
import { failure4, itemError4, success4 } from './envelope';
import { FIRST_REFRESH_MS, facts4, renderRef4, renderTracking4, renderUpdate4 } from './render';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

const NUMBER_PATTERN = /^[0-9a-z\-_]{5,}$/i;
const ID_PATTERN = /^[0-9a-f]{32}$/;
const BATCH_LIMIT = 40;
const EXTRA_FIELDS = ['tracking_postal_code', 'tracking_ship_date', 'tracking_destination_country', 'tracking_courier_account'] as const;
const STATUSES4 = ['pending', 'notfound', 'inforeceived', 'transit', 'pickup', 'delivered', 'undelivered', 'exception', 'expired'];

function find(ctx: Ctx, carrier: string, number: string): AccountTracking | undefined {
  return ctx.account.trackings.get(trackingKey(carrier, number));
}

/** Shared by create and batch: an error code (with the existing tracking for 4101), or the new tracking. */
function create(ctx: Ctx, item: unknown, batch: boolean): { code: number; existing?: AccountTracking } | AccountTracking {
  if (!isObject(item)) return { code: 400 };
  const number = text(item.tracking_number)?.trim();
  if (!number) return { code: 4111 };
  if (!NUMBER_PATTERN.test(number)) return { code: 4110 };
  if (!isCarrierCode(item.courier_code)) return { code: 4120 };
  const carrier = item.courier_code;
  const existing = find(ctx, carrier, number);
  if (existing) return { code: 4101, existing };
  const extras: Record<string, string> = {};
  for (const field of EXTRA_FIELDS) {
    const value = text(item[field])?.trim();
    if (value) extras[field] = value;
  }
  if (requiredFields(carrier).some((f) => !extras[f])) return { code: 4122 };
  if (ctx.account.quota <= 0) return { code: 4190 };
  ctx.account.quota -= 1;
  ctx.state.world.ensure(number, carrier);
  const t = newTracking(number, carrier, ctx.now, {
    title: text(item.title),
    orderId: text(item.order_number),
    customerName: text(item.customer_name),
    customerEmail: text(item.customer_email),
    customerPhone: text(item.customer_sms),
    comment: text(item.note),
    logisticsChannel: text(item.logistics_channel),
    extras,
    ...(batch ? { pendingUntil: ctx.now + FIRST_REFRESH_MS } : {}),
  });
  ctx.account.trackings.set(trackingKey(carrier, number), t);
  return t;
}

const render = (ctx: Ctx, t: AccountTracking) => renderTracking4(t, ctx.state.world.lookup(t.number, t.carrier), ctx.now);

export const createOne: Handler = (ctx) => {
  if (ctx.badJson) return failure4(400);
  const r = create(ctx, ctx.body, false);
  if ('code' in r) return failure4(r.code, r.existing ? renderRef4(r.existing) : []);
  return success4(render(ctx, r));
};

export const batch: Handler = (ctx) => {
  if (ctx.badJson || !Array.isArray(ctx.body)) return failure4(400);
  if (ctx.body.length > BATCH_LIMIT) return failure4(4103);
  const success: unknown[] = [];
  const error: unknown[] = [];
  for (const item of ctx.body) {
    const r = create(ctx, item, true);
    if ('code' in r) error.push(itemError4(isObject(item) ? item : {}, r.code, r.existing?.id));
    else success.push(renderRef4(r));
  }
  return success4({ success, error });
};

const csv = (v: string | null) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : []);

/** An ISO bound with offset; `undefined` when absent, `null` when unreadable. */
function bound(q: URLSearchParams, name: string): number | null | undefined {
  const raw = q.get(name);
  if (!raw) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : ms;
}

export const list: Handler = (ctx) => {
  const q = ctx.query;
  const numbers = csv(q.get('tracking_numbers'));
  if (numbers.length > BATCH_LIMIT) return failure4(4103);
  const status = q.get('delivery_status');
  if (status && !STATUSES4.includes(status)) return failure4(4130);
  const archived = q.get('archived_status');
  if (archived && archived !== 'tracking' && archived !== 'archived') return failure4(4130);
  const courier = q.get('courier_code');
  const bounds = ['created_date_min', 'created_date_max', 'updated_date_min', 'updated_date_max'].map((n) => bound(q, n));
  if (bounds.includes(null)) return failure4(4130);
  const [cMin, cMax, uMin, uMax] = bounds as (number | undefined)[];
  const size = Math.min(2000, Math.max(1, Math.floor(Number(q.get('items_amount'))) || 100));
  const page = Math.max(1, Math.floor(Number(q.get('pages_amount'))) || 1);
  const within = (ms: number, lo?: number, hi?: number) => (lo === undefined || ms >= lo) && (hi === undefined || ms <= hi);

  const items = [...ctx.account.trackings.values()]
    .map((t) => ({ t, out: render(ctx, t) }))
    .filter(({ t, out }) =>
      (numbers.length === 0 || numbers.includes(t.number)) &&
      (!courier || t.carrier === courier) &&
      (!status || out.delivery_status === status) &&
      (!archived || out.archived === archived) &&
      within(t.createdAt, cMin, cMax) &&
      within(Date.parse(String(out.update_at)), uMin, uMax),
    )
    .sort((a, b) => b.t.createdAt - a.t.createdAt)
    .slice((page - 1) * size, page * size)
    .map(({ out }) => out);
  return success4(items);
};

/** The `{id}` of update/delete/retrack: malformed → 4112, unknown → 4102 (§10). */
function byId(ctx: Ctx): AccountTracking | Envelope {
  const id = ctx.params[0] ?? '';
  if (!ID_PATTERN.test(id)) return failure4(4112);
  for (const t of ctx.account.trackings.values()) if (t.id === id) return t;
  return failure4(4102);
}

export const update: Handler = (ctx) => {
  if (ctx.badJson) return failure4(400);
  const t = byId(ctx);
  if ('meta' in t) return t;
  const body = isObject(ctx.body) ? ctx.body : {};
  const archived = text(body.archived_status);
  if (archived && archived !== 'tracking' && archived !== 'archived') return failure4(4130);
  const to = body.courier_code_new;
  if (to !== undefined && to !== null && to !== '') {
    if (!isCarrierCode(to)) return failure4(4120);
    if (to !== t.carrier && find(ctx, to, t.number)) return failure4(4101);
    ctx.account.trackings.delete(trackingKey(t.carrier, t.number));
    t.carrier = to;
    ctx.account.trackings.set(trackingKey(to, t.number), t);
  }
  const fields: Array<[keyof AccountTracking, string]> = [
    ['title', 'title'], ['comment', 'note'], ['orderId', 'order_number'], ['customerName', 'customer_name'],
    ['customerPhone', 'customer_sms'], ['logisticsChannel', 'logistics_channel'],
  ];
  for (const [field, key] of fields) if (key in body) (t as unknown as Json)[field] = text(body[key]);
  for (const field of EXTRA_FIELDS) {
    const value = text(body[field]);
    if (value) t.extras = { ...t.extras, [field]: value };
  }
  if (archived) t.archived = archived === 'archived';
  return success4(renderUpdate4(t, typeof to === 'string' && to ? to : null));
};

export const remove: Handler = (ctx) => {
  const t = byId(ctx);
  if ('meta' in t) return t;
  ctx.account.trackings.delete(trackingKey(t.carrier, t.number));
  return success4(renderRef4(t));
};

export const retrack: Handler = (ctx) => {
  const t = byId(ctx);
  if ('meta' in t) return t;
  if (facts4(t, ctx.state.world.lookup(t.number, t.carrier), ctx.now).status !== 'expired') return failure4(4113);
  t.retrackedAt = ctx.now;
  return success4(renderRef4(t));
};
