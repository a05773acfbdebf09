// TrackingMore v4 under /v4 (contract §5): couriers, trackings by id, and the air waybill query.
import { AIRLINES, AWB_PATTERN, normaliseAwb } from '../aircargo';
import { detectCarriers, carrierByCode } from '../carriers';
import type { Handler } from '../route-types';
import { COURIERS4, courier4 } from './couriers';
import { failure4, success4 } from './envelope';
import { seedAwb4 } from './render';
import { batch, createOne, list, remove, retrack, update } from './trackings';
import { SEED } from '../seed-data';

export type V4Endpoint =
  | 'couriers-all' | 'couriers-detect' | 'create' | 'get' | 'batch' | 'update' | 'delete' | 'retrack' | 'awb';

export interface V4Route {
  path: string | RegExp;
  methods: Partial<Record<string, [V4Endpoint, Handler]>>;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const field = (body: unknown, name: string) => (typeof body === 'object' && body !== null ? text((body as Record<string, unknown>)[name]) : '');

const detect: Handler = (ctx) => {
  if (ctx.badJson) return failure4(400);
  const number = field(ctx.body, 'tracking_number');
  if (!number) return failure4(4111);
  const codes = detectCarriers(number, ctx.state.world.get(number)?.carrier);
  if (codes.length === 0) return failure4(4121);
  return success4(codes.map((code) => courier4(carrierByCode(code)!)));
};

/** The seed AWB has a full history; other well-formed AWBs of a known airline have none yet. */
const awb: Handler = (ctx) => {
  if (ctx.badJson) return failure4(400);
  const raw = field(ctx.body, 'awb_number');
  // The SDKs' check: 3-digit prefix, optional space or dash, 8 digits.
  if (!/^\d{3}[ -]?\d{8}$/.test(raw) || !AWB_PATTERN.test(raw)) return failure4(4160);
  const number = normaliseAwb(raw);
  if (number === SEED.awb) return success4(seedAwb4());
  const airline = AIRLINES[number.slice(0, 3)];
  if (!airline) return failure4(4161);
  return success4({
    awb_number: number, awb_status: 'pending', awb_substatus: null, status_number: '0', weight: '', piece: '',
    origin: '', destination: '', flight_way_station: [], last_event: '', flight_info_new: [], flight_info: {}, track_info: [],
    airline_info: { name: airline.name, url: airline.url, track_url: airline.track + number, trackpage_url: airline.track + number },
  });
};

export const V4_ROUTES: V4Route[] = [
  { path: '/couriers/all', methods: { GET: ['couriers-all', () => success4(COURIERS4())] } },
  { path: '/couriers/detect', methods: { POST: ['couriers-detect', detect] } },
  { path: '/trackings/create', methods: { POST: ['create', createOne] } },
  { path: '/trackings/get', methods: { GET: ['get', list] } },
  { path: '/trackings/batch', methods: { POST: ['batch', batch] } },
  { path: /^\/trackings\/update\/([^/]*)$/, methods: { PUT: ['update', update] } },
  { path: /^\/trackings\/delete\/([^/]*)$/, methods: { DELETE: ['delete', remove] } },
  { path: /^\/trackings\/retrack\/([^/]*)$/, methods: { POST: ['retrack', retrack] } },
  { path: '/awb', methods: { POST: ['awb', awb] } },
];

/** Documented limits per account and endpoint: create 3/s, everything else 10/s (§7). */
export const V4_RATE = (endpoint: V4Endpoint) => (endpoint === 'create' ? 3 : 10);
