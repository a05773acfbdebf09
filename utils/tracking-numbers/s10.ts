// UPU S10 item identifiers (UPU standard S10-12, "Identification of postal items"): two letters (service
// indicator), eight-digit serial, check digit, ISO 3166-1 country of the issuing postal operator.
// Check digit: weights 8 6 4 2 3 5 9 7 over the serial, c = 11 − (sum mod 11), with 10 → 0 and 11 → 5.

import { verdict } from './detection';
import { postalCarriersAt } from './s10-operators';
import type { Detection } from './types';

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when `s` is S10-shaped (AA + 9 digits + AA) with a correct check digit; the country is not checked. */
export function s10CheckValid(s: string): boolean {
  if (s.length !== 13) return false;
  if (!isUpper(s.charCodeAt(0)) || !isUpper(s.charCodeAt(1)) || !isUpper(s.charCodeAt(11)) || !isUpper(s.charCodeAt(12))) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const c = s.charCodeAt(2 + i);
    if (!isDigit(c)) return false;
    if (i < 8) sum += (c - 48) * WEIGHTS[i]!;
  }
  let check = 11 - (sum % 11);
  if (check === 10) check = 0;
  else if (check === 11) check = 5;
  return check === s.charCodeAt(10) - 48;
}

export function detectS10(s: string): Detection | null {
  if (!s10CheckValid(s)) return null;
  const carriers = postalCarriersAt(s.charCodeAt(11), s.charCodeAt(12), s.charCodeAt(0));
  return carriers ? verdict(s, 'parcel', carriers, 'proven') : null;
}
