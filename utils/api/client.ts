// The typed client: one method per endpoint of TrackingMore v2 / TrackRU v1 (contract §5–6); TrackingMore v4
// has its own implementation of the same interface (./v4/client.ts).
import * as v from 'valibot';
import {
  BulkSchema,
  CarrierSchema,
  DetectSchema,
  RemoteSchema,
  StatusCountsSchema,
  TransitTimesSchema,
  UserInfoSchema,
  type ApiBulkResult,
} from './schema/account';
import { AirCargoSchema } from './schema/aircargo';
import { BatchSchema, ListSchema, RealtimeSchema, SingleGetSchema, SummarySchema } from './schema/tracking';
import { chunks, MAX_PER_CALL, mergeCounts } from './chunks';
import { TrackingApiError, UnsupportedByProvider } from './api-error';
import { PROVIDERS } from './providers';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limiter';
import type { ListTrackingsQuery, TrackingRef, UpdateTrackingRequest } from './requests';
import { createTransport, DEFAULT_TIMING, type Timing } from './transport';
import { createV4Client } from './v4/v4-client';
import type { BatchCreateResult, ProviderId, TrackingClient, TrackingList, TrackingMethod } from './types';

export interface TrackingClientOptions {
  provider: ProviderId;
  apiKey: string;
  /** Defaults to the provider's public API; point it at the sandbox or a proxy. */
  baseUrl?: string;
  /** Default language (2 letters) for carrier texts where the endpoint takes one. */
  lang?: string;
  fetch?: typeof globalThis.fetch;
  /** Timeouts and retries; tests shorten them. */
  timing?: Partial<Timing>;
  /** Client-side rate limits; tests shorten them. */
  rateLimits?: Partial<RateLimits>;
}


const LANG = /^[a-z]{2}$/;

function trackingPath(ref: TrackingRef): string {
  return `trackings/${encodeURIComponent(ref.carrier_code)}/${encodeURIComponent(ref.tracking_number)}`;
}

/** The docs ask for `archived` as the strings "true"/"false" in requests. */
function updateBody<T extends UpdateTrackingRequest>(changes: T) {
  const { archived, ...rest } = changes;
  return archived === undefined ? rest : { ...rest, archived: String(archived) };
}

export function createTrackingClient(options: TrackingClientOptions): TrackingClient {
  const config = PROVIDERS[options.provider];
  const send = createTransport({
    provider: config,
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? config.baseUrl,
    fetch: options.fetch,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    limits: { ...(config.rateLimits ?? DEFAULT_RATE_LIMITS), ...options.rateLimits },
  });
  const pickLang = (lang?: string) => {
    const chosen = lang ?? options.lang;
    return chosen && LANG.test(chosen) ? chosen : undefined;
  };
  if (config.id === 'trackingmore-v4') return createV4Client(config, send, pickLang);
  const supports = (method: TrackingMethod) => !config.unsupported.has(method);
  const requireSupport = (method: TrackingMethod) => {
    if (!supports(method)) throw new UnsupportedByProvider(config.label, method);
  };

  /** Bulk endpoints with an unconfirmed size limit: 40 per call is safe under either guess (40 or 200). */
  const bulk = async (path: string, items: readonly unknown[]): Promise<ApiBulkResult> => {
    const parts: ApiBulkResult[] = [];
    for (const chunk of chunks(items)) parts.push(await send({ method: 'post', path, json: chunk, schema: BulkSchema }));
    return parts.length ? mergeCounts(parts) : { submitted: 0 };
  };

  const listOnce = async (query: ListTrackingsQuery, numbers?: readonly string[]) => {
    if (query.orders && query.orders.length > MAX_PER_CALL) {
      throw new TrackingApiError('invalid-input', null, `At most ${MAX_PER_CALL} order ids per search.`);
    }
    return send({
      method: 'get',
      path: 'trackings/get',
      schema: ListSchema,
      searchParams: {
        page: query.page,
        limit: query.limit,
        status: query.status,
        created_at_min: query.created_at_min,
        created_at_max: query.created_at_max,
        update_time_min: query.update_time_min,
        update_time_max: query.update_time_max,
        order_created_time_min: query.order_created_time_min,
        order_created_time_max: query.order_created_time_max,
        lang: pickLang(query.lang),
        numbers: numbers?.join(','),
        orders: query.orders?.join(','),
        archived: query.archived === undefined ? undefined : String(query.archived),
      },
    });
  };

  return {
    provider: config.id,
    supports,

    createTracking: (input) =>
      send({ method: 'post', path: 'trackings/post', json: { lang: pickLang(), ...input }, schema: SummarySchema }),

    async getTracking(ref, opts) {
      const lang = pickLang(opts?.lang);
      const data = await send({
        method: 'get',
        path: lang ? `${trackingPath(ref)}/${lang}` : trackingPath(ref),
        schema: SingleGetSchema,
      });
      const tracking = Array.isArray(data) ? data[0] : data;
      if (!tracking) throw new TrackingApiError('not-found', null, 'This tracking is not in the account yet.');
      return tracking;
    },

    updateTracking: (ref, changes) =>
      send({ method: 'put', path: trackingPath(ref), json: updateBody(changes), schema: SummarySchema }),

    async deleteTracking(ref) {
      await send({ method: 'delete', path: trackingPath(ref), schema: v.unknown() });
    },

    async createTrackings(items) {
      const result: BatchCreateResult = { submitted: 0, added: 0, trackings: [], errors: [] };
      const parts = chunks(items.map((item) => ({ lang: pickLang(), ...item })));
      for (const [index, chunk] of parts.entries()) {
        try {
          const part = await send({ method: 'post', path: 'trackings/batch', json: chunk, schema: BatchSchema });
          result.submitted += part.submitted ?? chunk.length;
          result.added += part.added ?? part.trackings.length;
          result.trackings.push(...part.trackings);
          result.errors.push(...part.errors);
        } catch (error) {
          // Nothing created yet: the caller gets the error itself. Otherwise keep what was created
          // and report the rest per item, so a later quota or network failure loses nothing.
          if (index === 0 || !(error instanceof TrackingApiError)) throw error;
          for (const item of parts.slice(index).flat()) {
            result.submitted += 1;
            result.errors.push({
              tracking_number: item.tracking_number,
              carrier_code: item.carrier_code,
              code: error.code,
              message: error.message,
            });
          }
          break;
        }
      }
      return result;
    },

    async listTrackings(query = {}) {
      const { numbers } = query;
      if (!numbers) {
        const page = await listOnce(query);
        return { page: page.page ?? query.page ?? 1, limit: page.limit, total: page.total ?? page.items.length, items: page.items };
      }
      const merged: TrackingList = { page: query.page ?? 1, limit: query.limit ?? null, total: 0, items: [] };
      for (const chunk of chunks(numbers)) {
        const page = await listOnce(query, chunk);
        merged.total += page.total ?? page.items.length;
        merged.items.push(...page.items);
      }
      return merged;
    },

    async updateTrackings(items) {
      requireSupport('updateTrackings');
      return bulk('trackings/updatemore', items.map(updateBody));
    },

    async deleteTrackings(refs) {
      requireSupport('deleteTrackings');
      return bulk('trackings/delete', refs);
    },

    async realtime(input) {
      const items = await send({
        method: 'post',
        path: 'trackings/realtime',
        json: { lang: pickLang(), ...input },
        schema: RealtimeSchema,
        realtime: true,
      });
      const tracking = items[0];
      if (!tracking) throw new TrackingApiError('not-found', null, 'The carrier has no information on this number.');
      return tracking;
    },

    async changeCarrier(ref, newCarrierCode) {
      requireSupport('changeCarrier');
      await send({
        method: 'post',
        path: 'trackings/update',
        json: { ...ref, update_carrier_code: newCarrierCode },
        schema: v.unknown(),
      });
    },

    async retrack() {
      requireSupport('retrack');
    },

    async getUserInfo() {
      requireSupport('getUserInfo');
      return send({ method: 'get', path: 'trackings/getuserinfo', schema: UserInfoSchema });
    },

    async getStatusCounts(query = {}) {
      requireSupport('getStatusCounts');
      return send({
        method: 'get',
        path: 'trackings/getstatusnumber',
        searchParams: { ...query },
        schema: StatusCountsSchema,
      });
    },

    async stopUpdating(refs) {
      requireSupport('stopUpdating');
      return bulk('trackings/notupdate', refs);
    },

    async checkRemoteArea(items) {
      requireSupport('checkRemoteArea');
      return send({ method: 'post', path: 'trackings/remote', json: items, schema: RemoteSchema });
    },

    async getTransitTimes(items) {
      requireSupport('getTransitTimes');
      return send({ method: 'post', path: 'trackings/costtime', json: items, schema: TransitTimesSchema });
    },

    async trackAirWaybill(awb, opts) {
      requireSupport('trackAirWaybill');
      return send({
        method: 'post',
        path: 'trackings/aircargo',
        json: { track_number: awb, lang: pickLang(opts?.lang) },
        schema: AirCargoSchema,
      });
    },

    listCarriers(opts) {
      const lang = pickLang(opts?.lang);
      return send({
        method: 'get',
        path: 'carriers',
        headers: lang ? { Lang: lang } : undefined,
        schema: v.array(CarrierSchema),
      });
    },

    detectCarrier: (trackingNumber) =>
      send({ method: 'post', path: 'carriers/detect', json: { tracking_number: trackingNumber }, schema: DetectSchema }),
  };
}
