// Dispatch a compact candidate (upper case, separators removed) to the format families that can match its
// length and first characters. Every family is tried only where it can apply, so this is O(length).

import { detectAwb } from './awb';
import { ibanValid } from './check-digits';
import { detectChinaCarrier } from './china-carriers';
import { detectDhlPrefixed, dhlSsccValid } from './dhl';
import { detectEuropeParcel } from './europe-parcel';
import { fedex15Valid, fedex34Valid, fedexGround96Valid, fedexSmartPost20Valid } from './fedex';
import { detectPlainDigits } from './plain-digits';
import { detectS10 } from './s10';
import type { Detection, Shape } from './types';
import { detectUps } from './ups';
import { impbFromRoutedBarcode, impbValid, usps20Valid } from './usps';

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function parcel(number: string, carriers: string[], strength: Detection['strength']): Detection {
  return { number, kind: 'parcel', carriers, strength };
}

function detectDigits(s: string, shape: Shape, groups: readonly number[]): Detection | null {
  const n = s.length;
  if (n === 11) {
    const awb = detectAwb(s, shape, groups);
    if (awb) return awb;
  }
  // Dashes between digit groups are how AWBs, dates, ISBNs and phone numbers are written, not parcels.
  if (shape === 'dashed') return null;
  if (n <= 16) {
    if (n === 15 && fedex15Valid(s)) return parcel(s, ['fedex'], 'checked');
    return detectPlainDigits(s);
  }
  if (n === 20) {
    if (dhlSsccValid(s)) return parcel(s, ['dhl-germany', 'deutsche-post'], 'proven');
    const carriers = [usps20Valid(s) && 'usps', fedexSmartPost20Valid(s) && 'fedex'].filter((c) => c !== false);
    return carriers.length > 0 ? parcel(s, carriers, 'checked') : null;
  }
  if (n === 22 || n === 26) {
    if (impbValid(s)) return parcel(s, s.startsWith('92') ? ['usps', 'fedex'] : ['usps'], 'proven');
    if (fedexGround96Valid(s)) return parcel(s, ['fedex'], 'proven');
    return null;
  }
  if (n === 30 || n === 34) {
    const impb = impbFromRoutedBarcode(s);
    if (impb) return parcel(impb, ['usps'], 'proven');
    if (fedex34Valid(s)) return parcel(s, ['fedex'], 'proven');
    return null;
  }
  return detectEuropeParcel(s);
}

function detectAlphanumeric(s: string): Detection | null {
  // An IBAN can look like a letter prefix plus digits; its own check settles it.
  if (ibanValid(s)) return null;
  if (s.length === 18 && s.startsWith('1Z')) return detectUps(s);
  return (s.length === 13 ? detectS10(s) : null) ?? detectDhlPrefixed(s) ?? detectChinaCarrier(s) ?? detectEuropeParcel(s);
}

/**
 * The format a compact candidate matches, if any. `groups` are the lengths of the digit groups as written
 * (a single entry for an unbroken word).
 */
export function detectFormat(s: string, shape: Shape, groups: readonly number[]): Detection | null {
  if (s.length < 10 || s.length > 34) return null;
  return isAllDigits(s) ? detectDigits(s, shape, groups) : detectAlphanumeric(s);
}
