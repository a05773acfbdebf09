// DHL numbers.
// - DHL Express waybill: 10 or 11 digits, all but the last mod 7 = last digit (tracking_number_data,
//   couriers/dhl.json). One run in seven passes by chance: plain digits, keyword-only (see plain-digits.ts).
// - DHL Express piece id: "J" + 2–3 letters + 9–10 digits, e.g. "JJD0099999999", "JVGL0999999990"
//   (couriers/dhl.json "DHL Express (Piece ID)"). "JJD"/"JD" + 16 digits is Yodel's (uk-parcel.ts).
// - DHL Paket / Deutsche Post DHL parcel: "JJD" + 11–22 digits (DHL Paket label "Sendungsnummer" format).
// - DHL Paket SSCC barcode: AI "00" + SSCC-18 with extension digit 3 and GS1 prefix 40–44 (Germany), i.e.
//   "00340…", 20 digits, GS1 mod 10 (GS1 General Specifications §2.2.1 SSCC).
// - DHL eCommerce (Global Mail): "GM" + 10–39 letters or digits (couriers/dhl.json "DHL E-Commerce"); we
//   ask for 16+ characters and 10+ digits so upper-case words ("GMBH…") never qualify.

import { digitCount, digitsIn, lettersIn } from './chars';
import { gs1Valid, mod7Valid } from './check-digits';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const DHL = carrierList('dhl');
const DHLGLOBALMAIL = carrierList('dhlglobalmail');
/** DHL Paket's numbers go to DHL Germany, else Deutsche Post (formats.ts uses it for the SSCC barcode). */
export const DHL_GERMANY_DEUTSCHE_POST = carrierList('dhl-germany', 'deutsche-post');
const DHL_PUROLATOR = carrierList('dhl', 'purolator');

/** DHL Express waybill check on a 10- or 11-digit run. */
export function dhlExpressValid(s: string): boolean {
  return (s.length === 10 || s.length === 11) && mod7Valid(s, 0, s.length - 1);
}

/** Letter-prefixed DHL formats. */
export function detectDhlPrefixed(s: string): Detection | null {
  const n = s.length;
  if (s.charCodeAt(0) === 74) {
    // "J…"
    if (s.startsWith('JJD') && n >= 14 && n <= 25 && n !== 19 && digitsIn(s, 3)) return proven(s, DHL_GERMANY_DEUTSCHE_POST);
    for (const letters of [2, 3]) {
      const digits = n - 1 - letters;
      if ((digits === 9 || digits === 10) && lettersIn(s, 1, 1 + letters) && digitsIn(s, 1 + letters)) {
        // Three letters + 9 digits is also Purolator's shape (canada.ts).
        return n === 12 ? proven(s, DHL_PUROLATOR) : proven(s, DHL);
      }
    }
    return null;
  }
  if (s.startsWith('GM') && n >= 16 && digitCount(s, 2) >= 10) return proven(s, DHLGLOBALMAIL);
  return null;
}

/** 20-digit DHL Paket SSCC ("00340…"); the caller guarantees digits only. */
export function dhlSsccValid(s: string): boolean {
  return s.length === 20 && s.startsWith('0034') && gs1Valid(s, 2, 19);
}
