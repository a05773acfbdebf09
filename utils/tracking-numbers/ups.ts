// UPS 1Z tracking numbers: "1Z", 6-character shipper number, 2-digit service code, 7-digit package
// reference, check digit. Check digit per the UPS algorithm documented in tracking_number_data
// (github.com/jkeen/tracking_number_data, couriers/ups.json): letters map to (code − 63) mod 10, digits at
// odd positions (1-based even) are doubled, check = (10 − sum mod 10) mod 10.
// UPS waybill (couriers/ups.json "UPS Waybill"): one of A H J K T V + 9 digits + the same mod 10 check over
// the 9 digits; one run in ten passes, so it is keyword-only.

import { digitsIn } from './chars';
import { mod10Valid } from './check-digits';
import { carrierList, plain, proven } from './detection';
import type { Detection } from './types';

const UPS = carrierList('ups');

export function upsCheckValid(s: string): boolean {
  if (s.length !== 18 || s.charCodeAt(0) !== 49 || s.charCodeAt(1) !== 90) return false;
  let sum = 0;
  for (let i = 2; i < 17; i++) {
    const c = s.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = (c - 63) % 10;
    else return false;
    sum += (i & 1) === 1 ? v * 2 : v;
  }
  const last = s.charCodeAt(17) - 48;
  return last >= 0 && last <= 9 && (10 - (sum % 10)) % 10 === last;
}

export function detectUps(s: string): Detection | null {
  if (s.length === 18) return upsCheckValid(s) ? proven(s, UPS) : null;
  if (s.length === 11 && 'AHJKTV'.includes(s[0]!) && digitsIn(s, 1) && mod10Valid(s, 1, 10, 1, 2)) return plain(s, UPS);
  return null;
}
