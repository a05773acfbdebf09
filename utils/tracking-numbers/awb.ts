// IATA air waybill numbers (IATA Resolution 600a / Cargo Interchange Message Procedures): a three-digit
// airline prefix and an eight-digit serial whose last digit is the first seven digits mod 7. Written
// "172-28891936", "172 2889 1936", "172-2889 1936" or "17228891936". Only prefixes in the airline table count.

import { airlineForPrefix } from './airlines';
import { mod7Valid } from './check-digits';
import { verdict } from './detection';
import type { Detection, Shape } from './types';

/** `s` is 11 digits; `groups` are the digit-group lengths as written. */
export function detectAwb(s: string, shape: Shape, groups: readonly number[]): Detection | null {
  if (s.length !== 11 || !mod7Valid(s, 3, 10)) return null;
  // Groups as written, compared as numbers: "172-28891936" is 3 8, "172 2889 1936" is 3 4 4.
  const g = groups.length;
  const conventional = (g === 2 && groups[0] === 3 && groups[1] === 8) ||
    (shape !== 'word' && g === 3 && groups[0] === 3 && groups[1] === 4 && groups[2] === 4);
  // A bare run of 11 digits is also a phone-number shape: it needs a keyword; the written AWB forms don't.
  const strength = shape === 'pasted' || conventional ? 'proven' : 'checked';
  if (shape !== 'pasted' && shape !== 'word' && !conventional) return null;
  const airline = airlineForPrefix(s.slice(0, 3));
  if (!airline) return null;
  return verdict(`${s.slice(0, 3)}-${s.slice(3)}`, 'awb', [], strength, airline, true);
}
