// US regional carriers, from tracking_number_data (github.com/jkeen/tracking_number_data):
// - OnTrac: "C" or "D" + 13 digits + check digit; mod 10 (weights 1,2 from the left) over the serial with
//   "4" (C) or "5" (D) written before it (couriers/ontrac.json);
// - LaserShip: "L" + one of A I E H N X + 1–3 + 7 digits; "1LS7" + 1–2 + 10 digits; "1LS7" + 1–2 + 2 digits
//   + "01" + 1–4 + 6 digits + "-1"; "1LSCX" + 10 letters or digits (couriers/lasership.json);
// - Spee-Dee: "SP" + 18 digits (couriers/speedee.json);
// - Old Dominion: 11 digits starting 778/777/072/780 or 80, Luhn check (couriers/old_dominion.json): plain
//   digits, keyword-only (plain-digits.ts).

import { digitsIn, isDigitCode, isUpperCode } from './chars';
import { luhnValid, mod10Valid } from './check-digits';
import { carrierList, proven } from './detection';
import type { Detection } from './types';

const LASERSHIP = carrierList('lasership');
const ONTRAC = carrierList('ontrac');
const SPEEDEE = carrierList('speedee');

export function oldDominionValid(s: string): boolean {
  if (s.length !== 11) return false;
  const prefixed = s.startsWith('80') || s.startsWith('778') || s.startsWith('777') || s.startsWith('072') || s.startsWith('780');
  return prefixed && luhnValid(s, 0, 10);
}

function alnumIn(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigitCode(c) && !isUpperCode(c)) return false;
  }
  return true;
}

function onTrac(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length === 15 && (c === 67 || c === 68) && digitsIn(s, 1) && mod10Valid(s, 1, 14, 1, 2, c === 67 ? 4 : 5);
}

function laserShip(s: string): boolean {
  const n = s.length;
  if (n === 10) return s[0] === 'L' && 'AIEHNX'.includes(s[1]!) && '123'.includes(s[2]!) && digitsIn(s, 3);
  if (!s.startsWith('1LS')) return false;
  if (s.startsWith('CX', 3)) return n === 15 && alnumIn(s, 5);
  if (s[3] !== '7' || (s[4] !== '1' && s[4] !== '2')) return false;
  if (n === 15) return digitsIn(s, 5);
  // The 18-character form ends "-1", written with its dash; compact it is 17 characters ending in 1.
  return n === 17 && digitsIn(s, 5) && s.startsWith('01', 7) && '1234'.includes(s[9]!) && s[16] === '1';
}

export function detectUsRegional(s: string): Detection | null {
  if (onTrac(s)) return proven(s, ONTRAC);
  if (laserShip(s)) return proven(s, LASERSHIP);
  if (s.length === 20 && s.startsWith('SP') && digitsIn(s, 2)) return proven(s, SPEEDEE);
  return null;
}
