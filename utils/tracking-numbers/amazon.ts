// Amazon Logistics, from tracking_number_data (github.com/jkeen/tracking_number_data, couriers/amazon.json):
// - "TBA", "TBC" or "TBM" + 12 digits (US, Canada, Mexico): distinctive prefix;
// - Amazon International: "A", "F" or "C" + 10 digits, no check digit: keyword-only.

import { digitsIn } from './chars';
import { carrierList, plain, proven } from './detection';
import type { Detection } from './types';

const AMAZON = carrierList('amazon');

export function detectAmazon(s: string): Detection | null {
  if (s.length === 15 && s.charCodeAt(0) === 84 && s.charCodeAt(1) === 66 && 'ACM'.includes(s[2]!) && digitsIn(s, 3)) {
    return proven(s, AMAZON);
  }
  if (s.length === 11 && 'AFC'.includes(s[0]!) && digitsIn(s, 1)) return plain(s, AMAZON);
  return null;
}
