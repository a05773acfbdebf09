// DHL numbers.
// - DHL Express waybill: 10 digits, the first nine mod 7 = last digit (tracking_number_data, couriers/dhl.json).
//   One run in seven passes by chance, so it only orders candidates for a keyword-supported 10-digit run.
// - DHL Paket / Deutsche Post DHL parcel: "JJD" + 10–22 digits (DHL Paket label "Sendungsnummer" format).
// - DHL Paket SSCC barcode: AI "00" + SSCC-18 with extension digit 3 and GS1 prefix 40–44 (Germany), i.e.
//   "00340…", 20 digits, GS1 mod 10 (GS1 General Specifications §2.2.1 SSCC).
// - DHL eCommerce (Global Mail): "GM" + 16–22 digits.

import { gs1Valid, mod7Valid } from './check-digits';
import type { Detection } from './types';

export function dhlExpressValid(s: string): boolean {
  return s.length === 10 && mod7Valid(s, 0, 9);
}

function digitsFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > from;
}

/** Letter-prefixed DHL formats. */
export function detectDhlPrefixed(s: string): Detection | null {
  if (s.startsWith('JJD') && s.length >= 13 && s.length <= 25 && digitsFrom(s, 3)) {
    return { number: s, kind: 'parcel', carriers: ['dhl-germany', 'deutsche-post'], strength: 'proven' };
  }
  if (s.startsWith('GM') && s.length >= 18 && s.length <= 24 && digitsFrom(s, 2)) {
    return { number: s, kind: 'parcel', carriers: ['dhlglobalmail'], strength: 'proven' };
  }
  return null;
}

/** 20-digit DHL Paket SSCC ("00340…"); the caller guarantees digits only. */
export function dhlSsccValid(s: string): boolean {
  return s.length === 20 && s.startsWith('0034') && gs1Valid(s, 2, 19);
}
