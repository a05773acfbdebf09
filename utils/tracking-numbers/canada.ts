// Canadian carriers, from tracking_number_data (github.com/jkeen/tracking_number_data):
// - Canada Post 16 digits: mod 10 with weights 3,1 from the left over the first 15 (couriers/canadapost.json),
//   plain digits, keyword-only (plain-digits.ts);
// - Canpar: one of C D K L S U X Z + 21 digits (couriers/canpar.json), distinctive;
// - Purolator: 12 digits starting 0–5 with a Luhn check (plain digits), or 3 letters + 9 digits
//   (couriers/purolator.json), keyword-only.

import { digitsIn, lettersIn } from './chars';
import { luhnValid, mod10Valid } from './check-digits';
import { carrierList, plain, proven } from './detection';
import type { Detection } from './types';

const CANPAR = carrierList('canpar');
const PUROLATOR = carrierList('purolator');

export function canadaPost16Valid(s: string): boolean {
  return s.length === 16 && mod10Valid(s, 0, 15, 3, 1);
}

export function purolator12Valid(s: string): boolean {
  return s.length === 12 && s.charCodeAt(0) <= 53 && luhnValid(s, 0, 11);
}

export function detectCanada(s: string): Detection | null {
  const n = s.length;
  if (n === 22 && 'CDKLSUXZ'.includes(s[0]!) && digitsIn(s, 1)) return proven(s, CANPAR);
  if (n === 12 && lettersIn(s, 0, 3) && digitsIn(s, 3)) return plain(s, PUROLATOR);
  return null;
}
