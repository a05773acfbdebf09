// Amazon Logistics, from tracking_number_data (github.com/jkeen/tracking_number_data, couriers/amazon.json):
// - "TBA", "TBC" or "TBM" + 12 digits (US, Canada, Mexico): distinctive prefix;
// - Amazon International: "A", "F" or "C" + 10 digits, no check digit: keyword-only.

import { digitsIn } from './chars';
import { plain, proven } from './detection';
import type { Detection } from './types';

export function detectAmazon(s: string): Detection | null {
  if (s.length === 15 && s.charCodeAt(0) === 84 && s.charCodeAt(1) === 66 && 'ACM'.includes(s[2]!) && digitsIn(s, 3)) {
    return proven(s, 'amazon');
  }
  if (s.length === 11 && 'AFC'.includes(s[0]!) && digitsIn(s, 1)) return plain(s, 'amazon');
  return null;
}
