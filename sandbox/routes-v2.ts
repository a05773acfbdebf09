// TrackingMore v2: the 16 tracking endpoints and the two carrier endpoints (contract §5, §6).
import { isCarrierCode } from './carriers';
import { isObject, text, type Json } from './json';
import type { Ctx, Handler, Route } from './route-types';
import { aircargo, carriers, costtime, detect, getstatusnumber, getuserinfo, remote } from './routes-v2-account';
import { csv, inWindow, listParams, orderTimeMs } from './list-query';
import { type Envelope, failure, itemError, meta, success } from './envelope';
import { facts, renderSummary, renderTracking, renderUpdated, updatedAtMs } from './render';
import type { Account, AccountTracking } from './state';
import { newTracking, trackingKey } from './state';
import type { Status } from './world';
import { STATUSES } from './world';

/** SDK-PHP-v2 check for tracking numbers. */
const NUMBER_PATTERN = /^[0-9a-z\-_]{5,}$/i;
// The server's own limit, which utils/api/chunks.ts MAX_PER_CALL mirrors on the client side: kept separate
// because the sandbox models the server, whatever the client believes.
const BATCH_LIMIT = 40;
const BULK_LIMIT = 200;
const REALTIME_REUSE_MS = 2 * 3_600_000;

/** Request format "2017/8/27 16:51" → stored as "2017-08-27 16:51". */
function orderTime(v: unknown): string | null {
  const s = text(v);
  const m = s ? /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(s) : null;
  if (!m) return s;
  const pad = (x: string | undefined) => (x ?? '0').padStart(2, '0');
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}${m[4] ? ` ${pad(m[4])}:${m[5]}` : ''}`;
}

function find(account: Account, carrier: unknown, number: unknown): AccountTracking | undefined {
  return typeof carrier === 'string' && typeof number === 'string' ? account.trackings.get(trackingKey(carrier, number)) : undefined;
}

/** Shared by post and batch: a failing code, or the created tracking. */
function create(ctx: Ctx, item: unknown): number | AccountTracking {
  if (!isObject(item)) return 4012;
  const number = text(item.tracking_number)?.trim();
  if (!number) return 4013;
  if (!NUMBER_PATTERN.test(number)) return 4014;
  if (!isCarrierCode(item.carrier_code)) return 4015;
  const carrier = item.carrier_code;
  if (find(ctx.account, carrier, number)) return 4016;
  if (ctx.account.quota <= 0) return 4019;
  ctx.account.quota -= 1;
  ctx.state.world.ensure(number, carrier);
  const t = newTracking(number, carrier, ctx.now, {
    title: text(item.title),
    orderId: text(item.order_id),
    customerName: text(item.customer_name),
    customerEmail: text(item.customer_email),
    customerPhone: text(item.customer_phone),
    comment: text(item.comment),
    logisticsChannel: text(item.logistics_channel),
    destinationCode: text(item.destination_code),
    orderCreateTime: orderTime(item.order_create_time),
  });
  ctx.account.trackings.set(trackingKey(carrier, number), t);
  return t;
}

const post: Handler = (ctx) => {
  if (ctx.badJson) return failure(4012);
  const r = create(ctx, ctx.body);
  return typeof r === 'number' ? failure(r) : success(renderSummary(r));
};

const batch: Handler = (ctx) => {
  if (ctx.badJson || !Array.isArray(ctx.body)) return failure(4012);
  if (ctx.body.length > BATCH_LIMIT) return failure(202);
  const trackings: unknown[] = [];
  const errors: unknown[] = [];
  for (const item of ctx.body) {
    const r = create(ctx, item);
    if (typeof r === 'number') errors.push(itemError(isObject(item) ? item.tracking_number : null, isObject(item) ? item.carrier_code : null, r));
    else trackings.push(renderSummary(r));
  }
  const data = { submitted: ctx.body.length, added: trackings.length, trackings, errors };
  return success(data, trackings.length > 0 ? 201 : 200);
};

/** Checks the `{carrier}/{number}` path of the single-tracking routes. */
function pathTracking(ctx: Ctx, missing: number): number | AccountTracking {
  const [carrier = '', number = ''] = ctx.params;
  if (!isCarrierCode(carrier)) return 4015;
  if (!NUMBER_PATTERN.test(number)) return 4014;
  return find(ctx.account, carrier, number) ?? missing;
}

const getOne: Handler = (ctx) => {
  const t = pathTracking(ctx, 4031);
  if (typeof t === 'number') return failure(t);
  const tracking = renderTracking(t.number, t.carrier, ctx.state.world.lookup(t.number, t.carrier), t, ctx.now, 'single');
  return success(ctx.api === 'v1' && ctx.state.config.singleGetArray ? [tracking] : tracking);
};

/** PUT/updatemore `status`: 4 delivered, 7 exception, 8 back to the carrier's status. */
function statusChange(v: unknown): { override: Status | null } | 'invalid' | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (n === 4) return { override: 'delivered' };
  if (n === 7) return { override: 'exception' };
  if (n === 8) return { override: null };
  return 'invalid';
}

function applyUpdate(t: AccountTracking, body: Json): number | undefined {
  const change = statusChange(body.status);
  if (change === 'invalid') return 4033;
  if (change) t.statusOverride = change.override;
  const fields: Array<[keyof AccountTracking, string]> = [
    ['title', 'title'], ['logisticsChannel', 'logistics_channel'], ['customerName', 'customer_name'],
    ['customerPhone', 'customer_phone'], ['orderId', 'order_id'], ['destinationCode', 'destination_code'], ['comment', 'comment'],
  ];
  for (const [field, key] of fields) if (key in body) (t as unknown as Json)[field] = text(body[key]);
  if ('customer_email' in body) t.customerEmail = Array.isArray(body.customer_email) ? body.customer_email.map(String) : text(body.customer_email);
  if (body.archived === 'true' || body.archived === true) t.archived = true;
  if (body.archived === 'false' || body.archived === false) t.archived = false;
  return undefined;
}

const put: Handler = (ctx) => {
  if (ctx.badJson) return failure(4012);
  const t = pathTracking(ctx, 4017);
  if (typeof t === 'number') return failure(t);
  const body = isObject(ctx.body) ? ctx.body : {};
  const code = applyUpdate(t, body);
  if (code) return failure(code);
  return success(renderUpdated(t, ctx.state.world.lookup(t.number, t.carrier), ctx.now, body));
};

const deleteOne: Handler = (ctx) => {
  const t = pathTracking(ctx, 4017);
  if (typeof t === 'number') return failure(t);
  ctx.account.trackings.delete(trackingKey(t.carrier, t.number));
  return success([]);
};

/** `/trackings/get` and `/trackings/getstatusnumber` take a query on GET and a JSON body on POST. */
const list: Handler = (ctx) => {
  const p = listParams(ctx);
  if (!p) return failure(4012);
  const status = text(p.status);
  if (status && !STATUSES.includes(status as Status)) return failure(4033);
  const numbers = csv(p.numbers);
  const orders = csv(p.orders);
  if (numbers.length > BATCH_LIMIT || orders.length > BATCH_LIMIT) return failure(202);
  const archived = text(p.archived);
  const page = Math.max(1, Math.floor(Number(p.page)) || 1);
  const limit = Math.min(2000, Math.max(1, Math.floor(Number(p.limit)) || 100));

  const matching = [...ctx.account.trackings.values()]
    .map((t) => ({ t, f: facts(ctx.state.world.lookup(t.number, t.carrier), ctx.now, t.statusOverride) }))
    .filter(({ t, f }) =>
      (!status || f.status === status) &&
      (numbers.length === 0 || numbers.includes(t.number)) &&
      (orders.length === 0 || (t.orderId !== null && orders.includes(t.orderId))) &&
      (archived !== 'true' || t.archived) &&
      (archived !== 'false' || !t.archived) &&
      inWindow(t.createdAt, p.created_at_min, p.created_at_max) &&
      inWindow(updatedAtMs(t, f), p.update_time_min, p.update_time_max) &&
      inWindow(orderTimeMs(t), p.order_created_time_min, p.order_created_time_max),
    )
    .sort((a, b) => b.t.createdAt - a.t.createdAt);
  const items = matching
    .slice((page - 1) * limit, page * limit)
    .map(({ t }) => renderTracking(t.number, t.carrier, ctx.state.world.lookup(t.number, t.carrier), t, ctx.now, 'list'));
  // `total` is a string in the captured reply; page, limit and count are numbers.
  return success({ page, limit, total: String(matching.length), count: items.length, items });
};

function bulk(ctx: Ctx): unknown[] | Envelope {
  if (ctx.badJson || !Array.isArray(ctx.body)) return failure(4012);
  if (ctx.body.length > BULK_LIMIT) return failure(4020);
  return ctx.body;
}

const updatemore: Handler = (ctx) => {
  const items = bulk(ctx);
  if (!Array.isArray(items)) return items;
  const trackings: unknown[] = [];
  const errors: unknown[] = [];
  for (const item of items) {
    const body = isObject(item) ? item : {};
    const t = find(ctx.account, body.carrier_code, body.tracking_number);
    const code = !text(body.tracking_number) ? 4013 : !t ? 4017 : applyUpdate(t, body);
    if (code || !t) errors.push(itemError(body.tracking_number, body.carrier_code, code ?? 4017));
    else trackings.push(renderUpdated(t, ctx.state.world.lookup(t.number, t.carrier), ctx.now, body));
  }
  return success({ submitted: items.length, updated: trackings.length, trackings, errors });
};

/** Per-item result of the bulk delete / notupdate calls: a nested `meta` (partly documented). */
function itemMeta(item: Json, code: number) {
  return { meta: { tracking_number: item.tracking_number ?? null, carrier_code: item.carrier_code ?? null, code, message: meta(code).message } };
}

const deleteMany: Handler = (ctx) => {
  const items = bulk(ctx);
  if (!Array.isArray(items)) return items;
  const trackings = items.map((item) => {
    const body = isObject(item) ? item : {};
    const t = find(ctx.account, body.carrier_code, body.tracking_number);
    if (t) ctx.account.trackings.delete(trackingKey(t.carrier, t.number));
    return itemMeta(body, t ? 200 : 4017);
  });
  return success({ submitted: items.length, delete: trackings.filter((t) => t.meta.code === 200).length, trackings });
};

const notupdate: Handler = (ctx) => {
  const items = bulk(ctx);
  if (!Array.isArray(items)) return items;
  const trackings = items.map((item) => {
    const body = isObject(item) ? item : {};
    const t = find(ctx.account, body.carrier_code, body.tracking_number);
    if (t) t.trackUpdate = false;
    return itemMeta(body, t ? 200 : 4017);
  });
  return success({ submitted: items.length, change: trackings.filter((t) => t.meta.code === 200).length, trackings });
};

const realtime: Handler = (ctx) => {
  if (ctx.badJson || !isObject(ctx.body)) return failure(4012);
  const number = text(ctx.body.tracking_number)?.trim();
  if (!number) return failure(4013);
  if (!NUMBER_PATTERN.test(number)) return failure(4014);
  const carrier = ctx.body.carrier_code;
  if (!isCarrierCode(carrier)) return failure(4015);
  if (ctx.account.quota <= 0) return failure(4021);
  const key = trackingKey(carrier, number);
  const cached = ctx.account.realtimeCache.get(key);
  // The same shipment is queried at most once per 2 h; within that window the previous answer is served.
  if (cached && ctx.now - cached.at < REALTIME_REUSE_MS) return cached.reply;
  const t = find(ctx.account, carrier, number) ?? null;
  const item = renderTracking(number, carrier, ctx.state.world.lookup(number, carrier), t, ctx.now, 'realtime');
  const reply = success({ items: [item] });
  ctx.account.realtimeCache.set(key, { at: ctx.now, reply });
  return reply;
};

const updateCarrier: Handler = (ctx) => {
  if (ctx.badJson || !isObject(ctx.body)) return failure(4012);
  const { tracking_number: number, carrier_code: from, update_carrier_code: to } = ctx.body;
  if (!text(number)) return failure(4013);
  if (!isCarrierCode(from) || !isCarrierCode(to)) return failure(4015);
  const t = find(ctx.account, from, text(number));
  if (!t) return failure(4017);
  if (find(ctx.account, to, t.number)) return failure(4016);
  ctx.account.trackings.delete(trackingKey(from, t.number));
  t.carrier = to;
  ctx.account.trackings.set(trackingKey(to, t.number), t);
  return success({ Usertag: '' });
};

const SINGLE_TRACKING_PATH = /^\/trackings\/([^/]+)\/([^/]+)(?:\/([^/]*))?$/;

export const V2_ROUTES: Route[] = [
  { path: '/trackings/post', methods: { POST: ['post', post] } },
  { path: '/trackings/batch', methods: { POST: ['batch', batch] } },
  { path: '/trackings/get', methods: { GET: ['list', list], POST: ['list', list] } },
  { path: '/trackings/updatemore', methods: { POST: ['updatemore', updatemore] } },
  { path: '/trackings/delete', methods: { POST: ['deletemany', deleteMany] } },
  { path: '/trackings/realtime', methods: { POST: ['realtime', realtime] } },
  { path: '/trackings/update', methods: { POST: ['update', updateCarrier] } },
  { path: '/trackings/getuserinfo', methods: { GET: ['getuserinfo', getuserinfo] } },
  { path: '/trackings/getstatusnumber', methods: { GET: ['getstatusnumber', getstatusnumber], POST: ['getstatusnumber', getstatusnumber] } },
  { path: '/trackings/notupdate', methods: { POST: ['notupdate', notupdate] } },
  { path: '/trackings/remote', methods: { POST: ['remote', remote] } },
  { path: '/trackings/costtime', methods: { POST: ['costtime', costtime] } },
  { path: '/trackings/aircargo', methods: { POST: ['aircargo', aircargo] } },
  { path: '/carriers', methods: { GET: ['carriers', carriers] } },
  { path: '/carriers/', methods: { GET: ['carriers', carriers] } },
  { path: '/carriers/detect', methods: { POST: ['detect', detect] } },
  { path: SINGLE_TRACKING_PATH, methods: { GET: ['get', getOne], PUT: ['put', put], DELETE: ['delete', deleteOne] } },
];
