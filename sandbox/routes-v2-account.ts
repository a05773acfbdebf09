// TrackingMore v2 endpoints beside the trackings: account info, remote areas, transit times, air cargo and the
// carrier endpoints (contract §5, §6).
import { AWB_PATTERN, airCargoEntry, normaliseAwb } from './aircargo';
import { fullCarrierList } from './carrier-list';
import { carrierByCode, detectCarriers, isCarrierCode } from './carriers';
import { type Envelope, failure, meta, success } from './envelope';
import { isObject, text } from './json';
import type { Handler } from './route-types';
import { inWindow, listParams, orderTimeMs } from './list-query';
import { facts } from './render';
import { STATUSES, type Status } from './world';

export const getuserinfo: Handler = (ctx) =>
  // regtime is a Unix-seconds string, money and track_number (remaining quota) are numbers.
  success({ email: ctx.account.email, regtime: String(ctx.account.regtime), phone: '+8612345678910', money: 999, track_number: ctx.account.quota });

/** Postcodes some carriers surcharge as remote (first row is the doc sample). */
const REMOTE_AREAS: Array<{ code: string; country: string; postcode: string; carriers: string[] }> = [
  { code: 'JP', country: 'Japan', postcode: '7621094', carriers: ['ups', 'tnt'] },
  { code: 'US', country: 'United States', postcode: '99701', carriers: ['ups', 'fedex', 'dhl'] },
  { code: 'NO', country: 'Norway', postcode: '9170', carriers: ['dhl', 'tnt'] },
  { code: 'IT', country: 'Italy', postcode: '98050', carriers: ['dhl', 'ups'] },
];

export const remote: Handler = (ctx) => {
  if (ctx.badJson || !Array.isArray(ctx.body)) return failure(4012);
  const hits: unknown[] = [];
  const other: unknown[] = [];
  for (const item of ctx.body) {
    const body = isObject(item) ? item : {};
    const country = text(body.country)?.trim().toLowerCase() ?? '';
    const postcode = text(body.postcode)?.replace(/\s/g, '') ?? '';
    const company = text(body.company)?.toLowerCase();
    const area = REMOTE_AREAS.find((a) => (a.code.toLowerCase() === country || a.country.toLowerCase() === country) && a.postcode === postcode);
    const carriers = area?.carriers.filter((c) => !company || c === company) ?? [];
    if (!area || carriers.length === 0) other.push({ country: body.country ?? null, postcode: body.postcode ?? null });
    for (const c of carriers) hits.push({ far_express_company: c, two_code: area!.code, far_country: area!.country, far_city_postcode: area!.postcode });
  }
  return { meta: { ...meta(200), message: 'The request was successful.' }, data: { submitted: ctx.body.length, other, remote: hits } };
};

export const costtime: Handler = (ctx) => {
  if (ctx.badJson || !Array.isArray(ctx.body)) return failure(4012);
  const items = ctx.body.map((i) => (isObject(i) ? i : {}));
  if (items.some((i) => !isCarrierCode(i.carrier_code))) return failure(4015);
  // Statistics are made up but stable per route; only range1 and range3 are named by the docs.
  const data = items.map((i) => {
    const seed = [...`${i.carrier_code}${i.original}${i.destination}`].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 9973, 7);
    const total = 500 + (seed % 4500);
    const delivered = Math.floor(total * (0.85 + (seed % 13) / 100));
    const r1 = 10 + (seed % 30);
    const r3 = 30 + (seed % 25);
    const r4 = Math.floor((100 - r1 - r3) * 0.7);
    return {
      carrier_code: i.carrier_code, original: i.original ?? null, destination: i.destination ?? null, total, delivered,
      range1: `${r1}%`, range3: `${r3}%`, range4: `${r4}%`, range5: `${100 - r1 - r3 - r4}%`,
    };
  });
  return success(data);
};

export const aircargo: Handler = (ctx) => {
  if (ctx.badJson || !isObject(ctx.body)) return failure(4012);
  const raw = ctx.body.track_number;
  const list = (Array.isArray(raw) ? raw : [raw]).map(text).filter((s): s is string => !!s && s.trim() !== '');
  if (list.length === 0) return failure(4013);
  if (list.some((s) => !AWB_PATTERN.test(s.trim()))) return failure(4014);
  const data = Object.fromEntries(list.map(normaliseAwb).map((awb) => [awb, airCargoEntry(awb)]));
  return { meta: { ...meta(200), message: 'Request Success' }, data };
};

// Code-only meta as in the doc sample; TrackingMore's whole 2024 list (sandbox/carrier-list.ts).
export const carriers: Handler = () => ({ meta: { code: 200 } as Envelope['meta'], data: fullCarrierList() });

export const detect: Handler = (ctx) => {
  if (ctx.badJson || !isObject(ctx.body)) return failure(4012);
  const number = text(ctx.body.tracking_number)?.trim();
  if (!number) return failure(4013);
  // Every 5 detect calls cost one unit of quota.
  ctx.account.detectCalls += 1;
  if (ctx.account.detectCalls % 5 === 0) ctx.account.quota = Math.max(0, ctx.account.quota - 1);
  const codes = detectCarriers(number, ctx.state.world.get(number)?.carrier);
  if (codes.length === 0) return failure(4032);
  return success(codes.map((code) => ({ name: carrierByCode(code)!.name, code })));
};

export const getstatusnumber: Handler = (ctx) => {
  const p = listParams(ctx);
  if (!p) return failure(4012);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of ctx.account.trackings.values()) {
    if (!inWindow(t.createdAt, p.created_at_min, p.created_at_max)) continue;
    if (!inWindow(orderTimeMs(t), p.order_created_time_min, p.order_created_time_max)) continue;
    counts[facts(ctx.state.world.lookup(t.number, t.carrier), ctx.now, t.statusOverride).status] += 1;
  }
  return success(counts);
};
