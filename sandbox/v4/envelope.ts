// The v4 envelope (contract §1.2–1.3, §2): `meta{code,message}` with no `type`, and a real HTTP status of the
// same class as the code. Errors carry `data: []` except 4101 (§10).
import type { Envelope } from '../envelope';

const MESSAGES: Record<number, string> = {
  200: 'Request response is successful',
  400: 'Request type error. Please check the API documentation for the request type of this API.',
  401: 'Authentication failed or has no permission. Please check and ensure your API Key is correct.',
  403: 'Access prohibited. The request has been refused or access is not allowed.',
  404: 'Page does not exist. Please check and ensure your link is correct.',
  429: 'Exceeded API request limits, please try again later.',
  511: 'Server error. Please contact us: service@trackingmore.org.',
  512: 'Server error. Please contact us: service@trackingmore.org.',
  513: 'Server error. Please contact us: service@trackingmore.org.',
  4101: 'Tracking No. already exists.',
  4102: 'Tracking No. no exists. Please use 「Create a tracking number」 API first to create shipment.',
  4103: 'You have exceeded the shipment quantity of API call. The maximum quantity is 40 shipments per call.',
  4110: 'The value of tracking_number is invalid.',
  4111: 'Tracking number is required.',
  4112: 'Invalid Tracking ID.',
  4113: 'Retrack is not allowed. You can only retrack an expired tracking number.',
  4120: 'The value of courier_code is invalid.',
  4121: 'Cannot detect courier.',
  4122: 'Missing or invalid value of the special required fields for this courier.',
  4130: 'The format of the field is invalid.',
  4160: 'The awb_number is required or invaild format.',
  4161: 'The awb airline does not support yet.',
  4190: 'You are reaching the maximum quota limitation, please upgrade your current plan.',
};

export function success4(data: unknown): Envelope {
  return { meta: { code: 200, message: MESSAGES[200]! }, data } as unknown as Envelope;
}

export function failure4(code: number, data: unknown = []): Envelope {
  return { meta: { code, message: MESSAGES[code] ?? 'Bad Request' }, data } as unknown as Envelope;
}

/** Per-item error in a batch reply: camelCase keys (§5.5). */
export function itemError4(item: { tracking_number?: unknown; courier_code?: unknown }, code: number, id?: string) {
  return {
    ...(id ? { id } : {}),
    tracking_number: item.tracking_number ?? null,
    courier_code: item.courier_code ?? null,
    errorCode: code,
    errorMessage: MESSAGES[code] ?? 'Bad Request',
  };
}

/** v4 always mirrors: 4xxx → 400, 401/403/404/429 as is, 5xx codes → 500. */
export function httpStatus4(code: number): number {
  if (code === 200) return 200;
  if ([400, 401, 403, 404, 429].includes(code)) return code;
  if (code >= 500 && code < 600) return 500;
  return 400;
}
