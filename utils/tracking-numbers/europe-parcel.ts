// Letter-prefixed or fixed-length European parcel formats without a public check digit; the prefix or the
// length is what makes them distinctive.
// - PostNL International 3S: "3S" + 4-letter customer code + 5–11 digits (PostNL "3S-code" label spec).
// - InPost Paczkomaty: 24 digits starting with 6 (InPost ShipX API docs, `tracking_number` examples).
// - Landmark Global: "LTN" + 8 digits + "N1" (tracking_number_data, couriers/landmark.json).
// - Australia Post eParcel article ID: 2 digits + 3-character merchant location ID + 18 digits (Australia
//   Post eParcel barcode specification).

import { digitsIn as digits, lettersIn as letters } from './chars';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const AUSTRALIA_POST = carrierList('australia-post');
const INPOST_PACZKOMATY = carrierList('inpost-paczkomaty');
const LANDMARK_GLOBAL = carrierList('landmark-global');
const POSTNL_3S = carrierList('postnl-3s');

export function detectEuropeParcel(s: string): Detection | null {
  const n = s.length;
  if (s.startsWith('3S') && n >= 11 && n <= 17 && letters(s, 2, 6) && digits(s, 6, n)) return proven(s, POSTNL_3S);
  if (n === 24 && s.charCodeAt(0) === 54 && digits(s, 0, n)) return proven(s, INPOST_PACZKOMATY);
  if (n === 13 && s.startsWith('LTN') && digits(s, 3, 11) && s.endsWith('N1')) return proven(s, LANDMARK_GLOBAL);
  if (n === 23 && digits(s, 0, 2) && letters(s, 2, 5) && digits(s, 5, 23)) return proven(s, AUSTRALIA_POST);
  return null;
}
