// TrackingMore v4 behind the provider-neutral `TrackingClient` (contract v4 §5). v4 addresses trackings by id:
// a ref that carries the provider's id uses it; one without, or whose id is gone (4102/4112, §11 #11), is
// found again by number and courier. Replies are translated by ./to-neutral.ts.
import * as v from 'valibot';
import { TrackingApiError, UnsupportedByProvider } from '../api-error';
import { chunks, MAX_PER_CALL } from '../chunks';
import type { ListTrackingsQuery, TrackingRef, UpdateTrackingRequest } from '../requests';
import type { Send } from '../transport';
import type { BatchCreateResult, ProviderConfig, TrackingClient, TrackingList, TrackingMethod } from '../types';
import { isMissingId } from './meta-codes';
import { Awb4Schema, Batch4Schema, Couriers4Schema, Tracking4Schema, TrackingList4Schema, type ApiTracking4 } from './v4-replies';
import { createBody, updateBody } from './requests';
import { toAirCargo, toCarrier, toDetected, toItemError, toSummary, toTracking } from './to-neutral';

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

const iso = (unixSeconds: number | undefined) => (unixSeconds === undefined ? undefined : new Date(unixSeconds * 1000).toISOString().replace('.000Z', '+00:00'));

export function createV4Client(config: ProviderConfig, send: Send, pickLang: (lang?: string) => string | undefined): TrackingClient {
  const supports = (method: TrackingMethod) => !config.unsupported.has(method);
  const lacks = (method: TrackingMethod) => Promise.reject(new UnsupportedByProvider(config.label, method));

  /** One page of `trackings/get`; numbers are chunked by the callers (§11 #9, #10). */
  const getPage = (params: Record<string, string | number | undefined>) =>
    send({ method: 'get', path: 'trackings/get', schema: TrackingList4Schema, searchParams: params });

  const findOne = async (ref: TrackingRef): Promise<ApiTracking4 | undefined> => {
    const items = await getPage({ tracking_numbers: ref.tracking_number, courier_code: ref.carrier_code });
    return items.find((t) => t.tracking_number === ref.tracking_number && t.courier_code === ref.carrier_code) ?? items[0];
  };

  const notInAccount = () => new TrackingApiError('not-found', 4102, 'This tracking is not in the account.');

  /** Runs `op` with the tracking's id: the stored one first, then the one found by number. */
  const withId = async <T>(ref: TrackingRef, op: (id: string) => Promise<T>): Promise<T> => {
    if (ref.id) {
      try {
        return await op(ref.id);
      } catch (error) {
        if (!isMissingId(error)) throw error;
      }
    }
    const found = await findOne(ref);
    if (!found?.id || found.id === ref.id) throw notInAccount();
    return op(found.id);
  };

  /** Real-time create; 4101 and a thin reply (§11 #8) are read back with `get`. */
  const createLive = async (body: Record<string, unknown>, ref: TrackingRef): Promise<ApiTracking4> => {
    try {
      const created = await send({ method: 'post', path: 'trackings/create', json: body, schema: Tracking4Schema, realtime: true });
      if (created.delivery_status) return created;
    } catch (error) {
      if (!(error instanceof TrackingApiError && error.kind === 'exists')) throw error;
    }
    const found = await findOne(ref);
    if (!found) throw notInAccount();
    return found;
  };

  const list = async (query: ListTrackingsQuery, numbers?: readonly string[]) => {
    const items = await getPage({
      tracking_numbers: numbers?.join(','),
      delivery_status: query.status,
      created_date_min: iso(query.created_at_min),
      created_date_max: iso(query.created_at_max),
      updated_date_min: iso(query.update_time_min),
      updated_date_max: iso(query.update_time_max),
      archived_status: query.archived === undefined ? undefined : query.archived ? 'archived' : 'tracking',
      items_amount: query.limit,
      pages_amount: query.page,
      lang: pickLang(query.lang),
    });
    // v4 has no order filter: applied here to what came back.
    return query.orders ? items.filter((t) => t.order_number && query.orders!.includes(t.order_number)) : items;
  };

  return {
    provider: config.id,
    supports,

    async createTracking(input) {
      // 4101 stays an 'exists' error, as v2's 4016: callers decide whether that is what they wanted.
      const body = createBody({ lang: pickLang(), ...input });
      return toSummary(await send({ method: 'post', path: 'trackings/create', json: body, schema: Tracking4Schema, realtime: true }));
    },

    async getTracking(ref, opts) {
      const items = await getPage({ tracking_numbers: ref.tracking_number, courier_code: ref.carrier_code, lang: pickLang(opts?.lang) });
      const found = items.find((t) => t.tracking_number === ref.tracking_number) ?? items[0];
      if (!found) throw new TrackingApiError('not-found', null, 'This tracking is not in the account yet.');
      return toTracking(found);
    },

    async updateTracking(ref, changes: UpdateTrackingRequest) {
      if (changes.status !== undefined) return lacks('updateTracking');
      const json = updateBody(changes);
      await withId(ref, (id) => send({ method: 'put', path: `trackings/update/${encodeURIComponent(id)}`, json, schema: v.unknown() }));
      // The update summary is not a tracking; re-read it (§11 #12).
      const found = await findOne(ref);
      if (!found) throw notInAccount();
      return toSummary(found);
    },

    async deleteTracking(ref) {
      await withId(ref, (id) => send({ method: 'delete', path: `trackings/delete/${encodeURIComponent(id)}`, schema: v.unknown() }));
    },

    async createTrackings(items) {
      const result: BatchCreateResult = { submitted: 0, added: 0, trackings: [], errors: [] };
      const parts = chunks(items.map((item) => createBody({ lang: pickLang(), ...item })), MAX_PER_CALL);
      for (const [index, chunk] of parts.entries()) {
        try {
          // §11 #14: the lists are read whatever else the reply says.
          const part = await send({ method: 'post', path: 'trackings/batch', json: chunk, schema: Batch4Schema });
          result.submitted += chunk.length;
          result.added += part.success.length;
          for (const s of part.success) if (s.tracking_number && s.courier_code) result.trackings.push(toSummary({ id: s.id, tracking_number: s.tracking_number, courier_code: s.courier_code }));
          result.errors.push(...part.error.map(toItemError));
        } catch (error) {
          // As v2: nothing created yet → the error itself; otherwise keep what was created, the rest per item.
          if (index === 0 || !(error instanceof TrackingApiError)) throw error;
          for (const item of parts.slice(index).flat()) {
            result.submitted += 1;
            result.errors.push({ tracking_number: item.tracking_number, carrier_code: item.courier_code, code: error.code, message: error.message });
          }
          break;
        }
      }
      return result;
    },

    async listTrackings(query = {}) {
      const out: TrackingList = { page: query.page ?? 1, limit: query.limit ?? null, total: 0, items: [] };
      if (query.numbers) {
        for (const chunk of chunks(query.numbers, MAX_PER_CALL)) out.items.push(...(await list(query, chunk)).map(toTracking));
      } else if (query.page !== undefined || query.limit !== undefined) {
        out.items.push(...(await list(query)).map(toTracking));
      } else {
        // The whole account: page until a short page (§11 #9), with a bound so a server that ignores
        // `pages_amount` cannot loop us forever.
        for (let page = 1; page <= MAX_PAGES; page++) {
          const items = await list({ ...query, page, limit: PAGE_SIZE });
          out.items.push(...items.map(toTracking));
          if (items.length < PAGE_SIZE) break;
        }
      }
      out.total = out.items.length;
      return out;
    },

    updateTrackings: () => lacks('updateTrackings'),
    deleteTrackings: () => lacks('deleteTrackings'),

    async realtime(input) {
      const { tracking_number, carrier_code } = input;
      return toTracking(await createLive(createBody({ lang: pickLang(), ...input }), { tracking_number, carrier_code }));
    },

    async changeCarrier(ref, newCarrierCode) {
      await withId(ref, (id) =>
        send({ method: 'put', path: `trackings/update/${encodeURIComponent(id)}`, json: { courier_code_new: newCarrierCode }, schema: v.unknown() }),
      );
    },

    async retrack(ref) {
      // §11 #13: the reply's data is not read; success is meta 200.
      await withId(ref, (id) => send({ method: 'post', path: `trackings/retrack/${encodeURIComponent(id)}`, schema: v.unknown() }));
    },

    getUserInfo: () => lacks('getUserInfo'),
    getStatusCounts: () => lacks('getStatusCounts'),
    stopUpdating: () => lacks('stopUpdating'),
    checkRemoteArea: () => lacks('checkRemoteArea'),
    getTransitTimes: () => lacks('getTransitTimes'),

    async trackAirWaybill(awb) {
      const out = [];
      for (const number of typeof awb === 'string' ? [awb] : awb) {
        out.push(toAirCargo(await send({ method: 'post', path: 'awb', json: { awb_number: number }, schema: Awb4Schema }), number));
      }
      return out;
    },

    async listCarriers() {
      return (await send({ method: 'get', path: 'couriers/all', schema: Couriers4Schema })).map(toCarrier);
    },

    async detectCarrier(trackingNumber) {
      const found = await send({ method: 'post', path: 'couriers/detect', json: { tracking_number: trackingNumber }, schema: Couriers4Schema });
      return found.map(toDetected);
    },
  };
}
