// DPD parcel numbers (tracking_number_data, couriers/dpd.json; check character per ISO/IEC 7064 MOD 37,36):
// - 28 characters: 7-digit destination ZIP, 14-digit parcel number, 3-digit service code, 3-digit ISO 3166
//   numeric country, check character (0–9, A–Z);
// - 14-digit parcel number + check character (the number printed under the label's barcode).
// A check character of 36 values makes the 28-character form proven; the 14 + 1 form is proven when its check
// is a letter, and a plain 15-digit run (keyword-only, plain-digits.ts) when it is a digit.

import { digitsIn, isUpperCode } from './chars';
import { mod3736Valid } from './check-digits';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const DPD = carrierList('dpd');

/** The 14 + check character form, digits or letter, check included. */
export function dpd15Valid(s: string): boolean {
  return s.length === 15 && digitsIn(s, 0, 14) && mod3736Valid(s, 0, 14);
}

export function detectDpd(s: string): Detection | null {
  const n = s.length;
  if (n === 28 && digitsIn(s, 0, 27) && !s.startsWith('000', 24) && mod3736Valid(s, 0, 27)) return proven(s, DPD);
  if (n === 15 && isUpperCode(s.charCodeAt(14)) && dpd15Valid(s)) return proven(s, DPD);
  return null;
}
