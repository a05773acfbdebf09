// The aircargo endpoint's reply → the Shipment of the air waybill that was asked for.
import type { ApiAirCargo } from '../api';
import type { Shipment } from '../shipments/types';
import { normalizeAirCargo } from '../shipments/normalize-aircargo';
import { capShipment } from '../shipments/caps';

const digits = (number: string) => number.replace(/[^0-9]/g, '');

export function airCargoToShipment(a: ApiAirCargo, requested: string): Shipment {
  const s = normalizeAirCargo(a);
  // Keep the number as the user pinned it, so keys stay stable even if the reply omits the dash.
  return capShipment({ ...s, number: s.number && digits(s.number) !== digits(requested) ? s.number : requested });
}

/** Finds the AWB entry for `number` in an aircargo reply (entries may come in any order). */
export function pickAirCargo(replies: readonly ApiAirCargo[], number: string): ApiAirCargo | undefined {
  const want = digits(number);
  return replies.find((r) => digits(r.track_number ?? '') === want) ?? (replies.length === 1 ? replies[0] : undefined);
}
