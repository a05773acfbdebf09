// UK parcel carriers.
// - Yodel: "JJD" or "JD" + 16 digits (tracking_number_data, couriers/yodel.json). DHL Paket's "JJD" numbers
//   are of other lengths (dhl.ts), so a 16-digit one is Yodel's, never a DHL API call.
// - Evri (Hermes UK): 16 characters, "H" + 2 digits + 3 letters + 10 digits (Evri "find my parcel" help).

import { digitsIn, lettersIn } from './chars';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const HERMES_UK = carrierList('hermes-uk');
const YODEL = carrierList('yodel');

export function detectUkParcel(s: string): Detection | null {
  const n = s.length;
  if ((n === 19 && s.startsWith('JJD') && digitsIn(s, 3)) || (n === 18 && s.startsWith('JD') && digitsIn(s, 2))) {
    return proven(s, YODEL);
  }
  if (n === 16 && s.charCodeAt(0) === 72 && digitsIn(s, 1, 3) && lettersIn(s, 3, 6) && digitsIn(s, 6, 16)) {
    return proven(s, HERMES_UK);
  }
  return null;
}
