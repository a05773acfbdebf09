// IATA air waybill numbers (IATA Resolution 600a / Cargo Interchange Message Procedures): a three-digit
// airline prefix and an eight-digit serial whose last digit is the first seven digits mod 7. Written
// "172-28891936", "172 2889 1936", "172-2889 1936" or "17228891936". Only prefixes in the airline table count.

import { airlineForPrefix } from './airlines';
import { mod7Valid } from './check-digits';
import { NO_CARRIERS, verdict } from './detection';
import type { Airline, Detection, Shape } from './types';

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
  const prefix = s.charCodeAt(0) * 100 + s.charCodeAt(1) * 10 + s.charCodeAt(2) - 5328; // 48 * 111
  let airline = AIRLINE_AT[prefix];
  if (airline === undefined) airline = AIRLINE_AT[prefix] = airlineForPrefix(s.slice(0, 3));
  if (!airline) return null;
  for (let i = 0; i < 11; i++) NUMBER_CODES[i < 3 ? i : i + 1] = s.charCodeAt(i);
  return verdict(String.fromCharCode.apply(null, NUMBER_CODES), 'awb', NO_CARRIERS, strength, airline, true);
}

/** Airlines by numeric prefix, looked up once each: a match's airline needs no object of its own. */
const AIRLINE_AT: Array<Airline | null | undefined> = new Array<Airline | null | undefined>(1000).fill(undefined);
/** "172-28891936" built from char codes in one flat string (a template makes two slices and a rope). */
const NUMBER_CODES: number[] = new Array<number>(12).fill(45);
