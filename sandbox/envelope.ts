// The `meta` envelope of TrackingMore v2 / TrackRU v1 (contract §1.2, §2).

export interface Meta {
  code: number;
  type: string;
  message: string;
}

export interface Envelope {
  meta: Meta;
  data: unknown;
}

const META: Record<number, [type: string, message: string]> = {
  200: ['Success', 'Success'],
  201: ['Created', 'The request was successful and a resource was created.'],
  202: ['Bad Request', 'The largest number of 40 each operation.'],
  401: ['Unauthorized', 'Authentication failed or has no permission.'],
  404: ['Not Found', 'The requested resource does not exist.'],
  405: ['Method Not Allowed', 'The requested method is not supported for this resource.'],
  429: ['Too Many Requests', 'Too Many Requests'],
  500: ['Server error', 'Internal server error.'],
  503: ['Service Unavailable', 'The service is temporarily unavailable for maintenance.'],
  4001: ['Unauthorized', 'Invalid API key.'],
  4002: ['Unauthorized', 'The API key has been deleted.'],
  4012: ['Bad Request', 'The request was not understood by the server, generally because a required parameter is missing.'],
  4013: ['Bad Request', 'The tracking_number is required.'],
  4014: ['Bad Request', 'The value of tracking_number is invalid.'],
  4015: ['Bad Request', 'The value of carrier_code is invalid.'],
  4016: ['Bad Request', 'Tracking already exists.'],
  4017: ['Bad Request', 'Tracking does not exist.'],
  4019: ['Bad Request', 'Your balance is insufficient, please recharge.'],
  4020: ['Bad Request', 'Up to 200 at a time.'],
  4021: ['Bad Request', 'Your remaining quota is insufficient.'],
  4031: ['No Content', 'The request was successful but no data was returned; create the tracking first.'],
  4032: ['No Content', 'Cannot detect the courier.'],
  4033: ['No Content', 'The value of status is invalid.'],
};

export function meta(code: number): Meta {
  const [type, message] = META[code] ?? ['Bad Request', 'Bad Request'];
  return { code, type, message };
}

export function success(data: unknown, code = 200): Envelope {
  return { meta: meta(code), data };
}

/** Errors always carry `data: []` (captured 4016 and 202 replies). */
export function failure(code: number): Envelope {
  return { meta: meta(code), data: [] };
}

/** Per-item error inside batch-style results. */
export function itemError(trackingNumber: unknown, carrierCode: unknown, code: number) {
  return { tracking_number: trackingNumber ?? null, carrier_code: carrierCode ?? null, code, message: meta(code).message };
}

/**
 * HTTP status for an envelope. The real service answers API errors with HTTP 200; whether 401/429/5xx are
 * mirrored is unconfirmed, so that is a switch.
 */
export function httpStatusFor(code: number, mirror: boolean): number {
  if (code === 404 || code === 405) return code; // router-level, never a 200
  if (!mirror) return 200;
  if (code === 401 || code === 4001 || code === 4002) return 401;
  if (code === 429 || code === 500 || code === 503) return code;
  return 200;
}
